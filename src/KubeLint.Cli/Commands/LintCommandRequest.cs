using KubeLint.Manifests.PodSecurity;
using KubeLint.Rules;

namespace KubeLint.Cli.Commands;

/// <summary>The lint command's inputs after parsing, before anything runs.</summary>
internal sealed record LintCommandRequest
{
    public required IReadOnlyList<string> Paths { get; init; }

    public required IReadOnlyList<ReportTarget> Targets { get; init; }

    public Severity FailOn { get; init; } = Severity.Warning;

    public string Namespace { get; init; } = "default";

    public PssProfile? Pss { get; init; }

    public string StdinFileName { get; init; } = "-";

    /// <summary>The absolute directory report paths are relative to.</summary>
    public required string SourceRoot { get; init; }

    public ColorMode Color { get; init; } = ColorMode.Auto;

    public int Jobs { get; init; }
}
