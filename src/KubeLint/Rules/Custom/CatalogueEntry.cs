using KubeLint.Manifests.Workloads;

namespace KubeLint.Rules.Custom;

/// <summary>A ready-made check, enabled in configuration by name (<c>use:</c>) with its parameters (<c>with:</c>).</summary>
internal sealed record CatalogueEntry
{
    public required string Name { get; init; }

    public required string Title { get; init; }

    public Severity Severity { get; init; } = Severity.Warning;

    public CheckTarget Target { get; init; } = CheckTarget.Object;

    public IReadOnlyList<ContainerList>? ContainerLists { get; init; }

    /// <summary>The kinds it looks at unless the check's <c>match</c> says otherwise; empty for every kind.</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];

    /// <summary>Its parameters: name, whether it is required, and what it means.</summary>
    public required IReadOnlyList<(string Name, bool Required, string Meaning)> Parameters { get; init; }

    /// <summary>Builds the schema from the parameters (each a list of strings), or null for a relation-only check.</summary>
    public Func<IReadOnlyDictionary<string, IReadOnlyList<string>>, CheckSchema>? Schema { get; init; }

    public CheckRelation? Relation { get; init; }

    public required string Message { get; init; }

    public required string WhatItChecks { get; init; }

    public required string WhyItMatters { get; init; }

    public required string HowToFix { get; init; }

    /// <summary>A configuration line of parameters for the docs, e.g. <c>{registries: [registry.example.com]}</c>.</summary>
    public required string ExampleParameters { get; init; }

    public required string Example { get; init; }

    public required string FixedExample { get; init; }
}
