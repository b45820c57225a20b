namespace KubeLint.Manifests.Index;

/// <summary>What cross-object rules need of a workload: its pod's identity, labels and token settings.</summary>
internal sealed record WorkloadFacts(
    ObjectFacts Object,
    string Namespace,
    string ServiceAccountName,
    Located<string>? ServiceAccountField,
    Located<bool>? Automount,
    IReadOnlyList<Located<string>> ProjectedTokens,
    IReadOnlyDictionary<string, string> PodLabels,
    Located<string> PodSpec)
{
    /// <summary>Whether the workload runs as its namespace's <c>default</c> ServiceAccount.</summary>
    public bool UsesDefaultServiceAccount => ServiceAccountName == "default";
}
