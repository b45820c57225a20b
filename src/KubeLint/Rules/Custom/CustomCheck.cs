using KubeLint.Manifests;
using KubeLint.Manifests.Workloads;

namespace KubeLint.Rules.Custom;

/// <summary>A check declared in configuration: its documentation, what it looks at, and its condition.</summary>
internal sealed record CustomCheck
{
    /// <summary>Evaluation steps allowed per object and check (see <see cref="SchemaEvaluator"/>).</summary>
    public const long StepBudget = 1_000_000;

    public required RuleDescriptor Descriptor { get; init; }

    /// <summary>Where it was declared, which makes two declarations of one id the same or different.</summary>
    public required CheckOrigin DeclaredAt { get; init; }

    public CheckTarget Target { get; init; } = CheckTarget.Object;

    /// <summary>For <see cref="CheckTarget.Container"/>: the lists whose containers it checks.</summary>
    public IReadOnlyList<ContainerList> ContainerLists { get; init; } = [ContainerList.Containers, ContainerList.InitContainers, ContainerList.EphemeralContainers];

    public CheckMatch Match { get; init; } = CheckMatch.All;

    /// <summary>Objects excluded even when <see cref="Match"/> takes them, or null.</summary>
    public CheckMatch? Exclude { get; init; }

    /// <summary>The condition every target must satisfy; null for a check that is only a <see cref="Relation"/>.</summary>
    public CheckSchema? Schema { get; init; }

    /// <summary>The cross-object requirement, or null.</summary>
    public CheckRelation? Relation { get; init; }

    public required MessageTemplate Message { get; init; }

    public bool Applies(ObjectRef obj, IReadOnlyDictionary<string, string> labels) =>
        Match.Matches(obj, labels) && Exclude?.Matches(obj, labels) != true;

    /// <summary>The rules that run it: a per-object rule for the schema, a cross-object rule for the relation.</summary>
    public IEnumerable<Rule> Rules()
    {
        if (Schema is not null)
        {
            yield return new SchemaCheckRule(this);
        }

        if (Relation is not null)
        {
            yield return new RelationCheckRule(this);
        }
    }
}

/// <summary>The file, line and column of a check's declaration; written <c>file:line:column</c>.</summary>
internal sealed record CheckOrigin(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
