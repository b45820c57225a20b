using KubeLint.Manifests.AdminUis;
using KubeLint.Manifests.PodSecurity;
using KubeLint.Rules;

namespace KubeLint.Linting.Configuration;

/// <summary>The contents of a <c>.kubelint.yaml</c> file.</summary>
public sealed record KubeLintConfig
{
    /// <summary>An empty configuration: every default applies.</summary>
    public static KubeLintConfig Empty { get; } = new();

    /// <summary>The file the configuration was read from, or null.</summary>
    public string? FilePath { get; init; }

    /// <summary>Rules to turn off, by id, name or category.</summary>
    public IReadOnlyList<string> Disable { get; init; } = [];

    /// <summary>Rules to turn on (after <see cref="Disable"/>), by id, name or category.</summary>
    public IReadOnlyList<string> Enable { get; init; } = [];

    /// <summary>Severity overrides by rule id, name or category.</summary>
    public IReadOnlyDictionary<string, Severity> Severity { get; init; } = new Dictionary<string, Severity>();

    /// <summary>The <c>--fail-on</c> threshold, unless the command line gives one.</summary>
    public Severity? FailOn { get; init; }

    /// <summary>Path globs (relative to the configuration file's folder) a file must match to be linted; empty lints everything.</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>Path globs (relative to the configuration file's folder) of files not to lint.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>The Pod Security Standards profile, unless the command line gives one.</summary>
    public PssProfile? Pss { get; init; }

    /// <summary>The namespace of objects that do not name one, unless the command line gives one.</summary>
    public string? Namespace { get; init; }

    /// <summary>Findings accepted, with a reason, on objects matching patterns.</summary>
    public IReadOnlyList<ObjectIgnore> Ignore { get; init; } = [];

    /// <summary>Rules (ids, names or categories) whose findings no annotation may suppress.</summary>
    public IReadOnlyList<string> Strict { get; init; } = [];

    /// <summary>The organisation's own checks, declared in the file (and the files it includes).</summary>
    internal IReadOnlyList<Rules.Custom.CustomCheck> Checks { get; init; } = [];

    /// <summary>Admin UIs to recognise in addition to the built-in catalogue.</summary>
    public IReadOnlyList<AdminUiEntry> AdminUis { get; init; } = [];
}
