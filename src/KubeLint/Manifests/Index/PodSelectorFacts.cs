namespace KubeLint.Manifests.Index;

/// <summary>An object that selects pods by label in its namespace: a PodDisruptionBudget, a NetworkPolicy or a Service.</summary>
/// <param name="Object">The selecting object.</param>
/// <param name="Namespace">Its namespace.</param>
/// <param name="Selector">Its selector, or null when it selects no pod.</param>
internal sealed record PodSelectorFacts(ObjectFacts Object, string Namespace, LabelSelector? Selector)
{
    public string Kind => Object.Ref.Kind;

    public bool Selects(WorkloadFacts workload) =>
        Selector is not null && Namespace == workload.Namespace && Selector.Matches(workload.PodLabels);
}
