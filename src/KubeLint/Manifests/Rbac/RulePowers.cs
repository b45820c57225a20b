using System.Collections.Concurrent;

namespace KubeLint.Manifests.Rbac;

/// <summary>The dangerous powers of each rule (<see cref="DangerousPermissions.PowersOf"/>), computed once per rule object and scope.</summary>
internal sealed class RulePowers
{
    private readonly ConcurrentDictionary<PolicyRule, (long AnyOf, long AllOf)> _clusterWide = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<PolicyRule, (long AnyOf, long AllOf)> _inNamespace = new(ReferenceEqualityComparer.Instance);

    public (long AnyOf, long AllOf) Of(PolicyRule rule, bool inNamespace) =>
        (inNamespace ? _inNamespace : _clusterWide).GetOrAdd(rule, r => DangerousPermissions.PowersOf(r, inNamespace));
}
