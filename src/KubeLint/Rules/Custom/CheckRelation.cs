namespace KubeLint.Rules.Custom;

/// <summary>
/// What a cross-object check requires of each matched workload, from the other objects deployed
/// with it: some object of one of <see cref="SelectedBy"/> selecting its pods, and, with
/// <see cref="ServiceAccountDefined"/>, the ServiceAccount it runs as.
/// </summary>
internal sealed record CheckRelation(IReadOnlyList<string> SelectedBy, bool ServiceAccountDefined)
{
    /// <summary>The kinds whose pod selectors KubeLint reads.</summary>
    public static IReadOnlyList<string> SelectorKinds { get; } = ["PodDisruptionBudget", "NetworkPolicy", "Service"];
}
