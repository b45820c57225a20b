using KubeLint.Manifests.PodSecurity;
using KubeLint.Yaml;

namespace KubeLint.Linting;

/// <summary>What to lint and how.</summary>
public sealed record LintRequest
{
    /// <summary>Files and directories; directories are searched recursively for <c>.yaml</c>, <c>.yml</c> and <c>.json</c>.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary>Inputs already in memory (standard input, generated text).</summary>
    public IReadOnlyList<SourceText> Texts { get; init; } = [];

    /// <summary>The namespace of objects that do not name one.</summary>
    public string DefaultNamespace { get; init; } = "default";

    /// <summary>A Pod Security Standards profile (<c>restricted@v1.30</c>); null runs every pod-security rule.</summary>
    public PssProfile? Pss { get; init; }

    /// <summary>How many files to read at once; 0 picks by input size and core count.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>The largest file read, in bytes; larger files are an input error.</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Limits on nesting, alias expansion and documents per file.</summary>
    public YamlLimits YamlLimits { get; init; } = YamlLimits.Default;
}
