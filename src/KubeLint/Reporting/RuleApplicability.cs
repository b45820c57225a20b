using KubeLint.Manifests;
using KubeLint.Manifests.Workloads;
using KubeLint.Rules;

namespace KubeLint.Reporting;

/// <summary>Whether a rule looks at a kind of object, from its descriptor's <see cref="RuleDescriptor.AppliesTo"/>.</summary>
internal static class RuleApplicability
{
    public static bool AppliesTo(RuleDescriptor rule, ObjectRef obj) =>
        rule.AppliesTo.Any(target => target == obj.Kind
            || ((target.Contains("workloads", StringComparison.Ordinal) || target.Contains("containers", StringComparison.Ordinal))
                && WorkloadKinds.IsWorkloadKind(KubernetesKinds.GroupOf(obj.ApiVersion), obj.Kind)));
}
