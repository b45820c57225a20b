using KubeLint.Rules;

namespace KubeLint.Linting;

/// <summary>Everything a run produced, in a deterministic order (file, line, column, rule id).</summary>
public sealed record LintResult
{
    /// <summary>The findings, sorted.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>Findings hidden by suppression annotations, sorted.</summary>
    public required IReadOnlyList<Finding> Suppressed { get; init; }

    /// <summary>Inputs that could not be read or parsed, sorted.</summary>
    public required IReadOnlyList<InputError> Errors { get; init; }

    /// <summary>Informational notices.</summary>
    public required IReadOnlyList<LintNotice> Notices { get; init; }

    /// <summary>The rules that ran, in id order.</summary>
    public required IReadOnlyList<RuleDescriptor> Rules { get; init; }

    /// <summary>Every object that was linted, in input order.</summary>
    public IReadOnlyList<LintedObject> Objects { get; init; } = [];

    /// <summary>The counts.</summary>
    public required LintSummary Summary { get; init; }

    /// <summary>What the request's baseline matched, or null when there was none.</summary>
    public Baselines.BaselineOutcome? Baseline { get; init; }

    /// <summary>The failure threshold in force: the request's, else the strictest of the configurations governing the inputs (warning for an input without one).</summary>
    public Severity FailOn { get; init; } = Severity.Warning;

    /// <summary>Whether any finding is at or above the <see cref="FailOn"/> threshold.</summary>
    public bool HasFailingFindings => HasFindingsAtOrAbove(FailOn);

    /// <summary>Whether any finding is at or above <paramref name="threshold"/>.</summary>
    public bool HasFindingsAtOrAbove(Severity threshold) => Findings.Any(f => f.Severity >= threshold);

    /// <summary>The result with only the findings at or above <paramref name="minimum"/>, for reports that show less than the run found.</summary>
    public LintResult ShowingAtLeast(Severity minimum)
    {
        var shown = Findings.Where(f => f.Severity >= minimum).ToList();
        return this with { Findings = shown, Summary = Summary with { Findings = shown.Count } };
    }
}
