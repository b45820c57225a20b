namespace KubeLint.Yaml;

/// <summary>Bounds that keep hostile YAML from exhausting time or memory; exceeding one is an input error with a position.</summary>
public sealed record YamlLimits
{
    /// <summary>The defaults: generous for every real manifest, tight enough for alias bombs and deep nesting.</summary>
    public static YamlLimits Default { get; } = new();

    /// <summary>The deepest nesting of collections a document may have.</summary>
    public int MaxDepth { get; init; } = 1000;

    /// <summary>How many nodes aliases may add to one document when expanded (billion-laughs guard).</summary>
    public long MaxAliasExpansion { get; init; } = 1_000_000;

    /// <summary>The most documents read from one file.</summary>
    public int MaxDocuments { get; init; } = 100_000;

    /// <summary>How many nodes aliases may add over a whole run, across files, so that many files each just under <see cref="MaxAliasExpansion"/> stay bounded.</summary>
    public long MaxAliasExpansionPerRun { get; init; } = 20_000_000;

    /// <summary>The run's shared account of alias expansion, set by the linter for each run.</summary>
    internal AliasBudget? RunBudget { get; init; }
}
