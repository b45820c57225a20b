using System.Collections.Concurrent;

namespace KubeLint.Manifests.Rbac;

/// <summary>The dangerous powers of each rule (<see cref="DangerousPermissions.PowersOf"/>), computed once per rule object and scope.</summary>
internal sealed class RulePowers
{
    private readonly ConcurrentDictionary<PolicyRule, PowerBits> _clusterWide = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<PolicyRule, PowerBits> _inNamespace = new(ReferenceEqualityComparer.Instance);

    public PowerBits Of(PolicyRule rule, bool inNamespace) =>
        (inNamespace ? _inNamespace : _clusterWide).GetOrAdd(rule, r => DangerousPermissions.PowersOf(r, inNamespace));
}

/// <summary>A rule's powers as bits of <see cref="DangerousPermissions.PowersOf"/>; a class, so caches of it need no JIT-compiled generic code at start-up.</summary>
internal sealed record PowerBits(long AnyOf, long AllOf);
