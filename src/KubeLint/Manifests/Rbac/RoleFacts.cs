using KubeLint.Manifests.Index;

namespace KubeLint.Manifests.Rbac;

/// <summary>A Role or ClusterRole: its rules and, for an aggregated ClusterRole, the selectors it aggregates.</summary>
internal sealed record RoleFacts(
    ObjectFacts Object,
    bool IsClusterRole,
    string Name,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyList<PolicyRule> Rules,
    IReadOnlyList<LabelSelector> AggregationSelectors)
{
    public string? Namespace => Object.Ref.Namespace;
}
