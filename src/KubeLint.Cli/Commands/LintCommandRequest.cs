using KubeLint.Manifests.PodSecurity;
using KubeLint.Rules;

namespace KubeLint.Cli.Commands;

/// <summary>The lint command's inputs after parsing, before anything runs.</summary>
internal sealed record LintCommandRequest
{
    public required IReadOnlyList<string> Paths { get; init; }

    public required IReadOnlyList<ReportTarget> Targets { get; init; }

    public Severity? FailOn { get; init; }

    public Severity? MinSeverity { get; init; }

    public IReadOnlyList<string> EnableRules { get; init; } = [];

    public IReadOnlyList<string> DisableRules { get; init; } = [];

    public string? Namespace { get; init; }

    public string? ConfigPath { get; init; }

    public bool NoConfig { get; init; }

    public bool Strict { get; init; }

    public bool Untrusted { get; init; }

    public bool ShowSuppressed { get; init; }

    public string? BaselinePath { get; init; }

    public string? WriteBaselinePath { get; init; }

    public PssProfile? Pss { get; init; }

    public KubeLint.Linting.Rendering.RenderOptions? Render { get; init; }

    public long? MaxFileBytes { get; init; }

    public string StdinFileName { get; init; } = "-";

    /// <summary>The absolute directory report paths are relative to.</summary>
    public required string SourceRoot { get; init; }

    public ColorMode Color { get; init; } = ColorMode.Auto;

    public int Jobs { get; init; }

    public bool ClusterPerPath { get; init; }
}
