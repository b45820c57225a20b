using KubeLint.Manifests.PodSecurity;

namespace KubeLint.Rules;

/// <summary>Everything known about a rule apart from its check: identity, defaults and documentation.</summary>
public sealed record RuleDescriptor
{
    /// <summary>The stable id, <c>KLnnnn</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The kebab-case name, accepted wherever an id is.</summary>
    public required string Name { get; init; }

    /// <summary>A noun phrase naming the problem.</summary>
    public required string Title { get; init; }

    /// <summary>One of <see cref="RuleCategories"/> for built-in rules.</summary>
    public required string Category { get; init; }

    /// <summary>The severity unless configuration overrides it.</summary>
    public required Severity DefaultSeverity { get; init; }

    /// <summary>Whether the rule runs without being enabled in configuration.</summary>
    public bool EnabledByDefault { get; init; } = true;

    /// <summary>The kinds the rule looks at, for the docs (e.g. <c>workloads</c>, <c>ClusterRoleBinding</c>).</summary>
    public required IReadOnlyList<string> AppliesTo { get; init; }

    /// <summary>Docs section "What it checks".</summary>
    public required string WhatItChecks { get; init; }

    /// <summary>Docs section "Why it matters".</summary>
    public required string WhyItMatters { get; init; }

    /// <summary>Docs section "How to fix": one imperative sentence ending with a period.</summary>
    public required string HowToFix { get; init; }

    /// <summary>A manifest the rule fires on (linted by the test suite, so the docs cannot lie).</summary>
    public required string Example { get; init; }

    /// <summary>The same manifest fixed, on which the rule stays silent.</summary>
    public required string FixedExample { get; init; }

    /// <summary>The Pod Security Standards control the rule implements, or null when it is not part of the standard.</summary>
    public PssControl? Pss { get; init; }

    /// <summary>Rules this one reports together (one finding per container): they run inside it, not on their own, unless a <c>--pss</c> profile is selected or this rule is disabled.</summary>
    internal IReadOnlyList<string> Summarizes { get; init; } = [];

    /// <summary>What <c>kubelint fix</c> changes for a finding of this rule, and whether that is safe or unsafe and why; null when it has no fix.</summary>
    public string? Fix { get; init; }

    /// <summary>Where the rule's documentation lives, when not among KubeLint's own pages (a check of your own).</summary>
    public string? HelpUri { get; init; }

    /// <summary>External references: CIS benchmark ids, Pod Security Standards controls, documentation links.</summary>
    public IReadOnlyList<string> References { get; init; } = [];
}
