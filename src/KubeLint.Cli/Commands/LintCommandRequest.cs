using KubeLint.Linting;
using KubeLint.Rules;

namespace KubeLint.Cli.Commands;

/// <summary>The lint command's inputs after parsing, before anything runs: the library's request, and what only the command line does with the result.</summary>
internal sealed record LintCommandRequest
{
    /// <summary>What to lint and how, built straight from the options.</summary>
    public required LintRequest Lint { get; init; }

    public required IReadOnlyList<ReportTarget> Targets { get; init; }

    public Severity? MinSeverity { get; init; }

    public bool ShowSuppressed { get; init; }

    public string? BaselinePath { get; init; }

    public string? WriteBaselinePath { get; init; }

    /// <summary>The absolute directory report paths are relative to.</summary>
    public required string SourceRoot { get; init; }

    public ColorMode Color { get; init; } = ColorMode.Auto;
}
