using KubeLint.Linting.Configuration;
using KubeLint.Manifests.PodSecurity;
using KubeLint.Rules;
using KubeLint.Yaml;

namespace KubeLint.Linting;

/// <summary>What to lint and how.</summary>
public sealed record LintRequest
{
    /// <summary>Files and directories; directories are searched recursively for <c>.yaml</c>, <c>.yml</c> and <c>.json</c>. <c>-</c> is standard input.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary>Inputs already in memory (generated text).</summary>
    public IReadOnlyList<SourceText> Texts { get; init; } = [];

    /// <summary>What the path <c>-</c> reads, no further than <see cref="MaxFileBytes"/>; null is the process's standard input.</summary>
    public TextReader? StandardInput { get; init; }

    /// <summary>The name standard input's findings are reported under (<c>--stdin-filename</c>).</summary>
    public string StandardInputName { get; init; } = "-";

    /// <summary>The namespace of objects that do not name one; null takes the configuration's, else <c>default</c>.</summary>
    public string? DefaultNamespace { get; init; }

    /// <summary>A Pod Security Standards profile (<c>restricted@v1.30</c>); null takes the configuration's, else every pod-security rule runs.</summary>
    public PssProfile? Pss { get; init; }

    /// <summary>The failure threshold; null takes the configuration's, else warning.</summary>
    public Severity? FailOn { get; init; }

    /// <summary>A configuration to use for every file instead of looking for <c>.kubelint.yaml</c> files.</summary>
    public KubeLintConfig? Config { get; init; }

    /// <summary>A configuration file to use for every file instead of looking for <c>.kubelint.yaml</c> files.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>Whether to look for <c>.kubelint.yaml</c> walking up from each file (false: defaults only).</summary>
    public bool UseConfigFiles { get; init; } = true;

    /// <summary>Accepted findings: those it lists are not reported (they are counted in <see cref="LintResult.Baseline"/>).</summary>
    public Baselines.Baseline? Baseline { get; init; }

    /// <summary>Rules to run besides the configuration's (ids, names or categories), as its <c>enable</c> does; applied after it.</summary>
    public IReadOnlyList<string> EnableRules { get; init; } = [];

    /// <summary>Rules not to run (ids, names or categories), as the configuration's <c>disable</c> does; applied after it.</summary>
    public IReadOnlyList<string> DisableRules { get; init; } = [];

    /// <summary>Refuse every suppression annotation (configuration ignores still apply).</summary>
    public bool StrictSuppressions { get; init; }

    /// <summary>
    /// The files are a stranger's (a pull request from a fork): no <c>.kubelint.yaml</c> among them is
    /// read and no suppression annotation counts; only <see cref="ConfigPath"/>, <see cref="Config"/> and
    /// <see cref="Baseline"/> apply. A <c>.gitignore</c> skips only what git says is untracked.
    /// </summary>
    public bool Untrusted { get; init; }

    /// <summary>How Helm charts and kustomizations are rendered; null renders them with helm and kubectl/kustomize from PATH when present.</summary>
    public Rendering.RenderOptions? Render { get; init; }

    /// <summary>How many files to read at once; 0 picks by input size and core count.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>The largest file read, in bytes; larger files are an input error.</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// Read each path as a cluster of its own: bindings, roles, ServiceAccounts and Services are joined
    /// only with objects found under the same path (for a monorepo of independently deployed projects).
    /// </summary>
    public bool ClusterPerPath { get; init; }

    /// <summary>Limits on nesting, alias expansion and documents per file.</summary>
    public YamlLimits YamlLimits { get; init; } = YamlLimits.Default;

    /// <summary>The request as the run applies it: for a stranger's files, no configuration file and strict suppressions.</summary>
    internal LintRequest AsRun() => Untrusted ? this with { UseConfigFiles = false, StrictSuppressions = true } : this;

    /// <summary>A render begun before this request was made, taken if it is exactly one the run would make.</summary>
    internal RenderHeadStart? HeadStart { get; init; }
}
