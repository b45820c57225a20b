using KubeLint.Linting.Engine;
using KubeLint.Rules;
using KubeLint.Rules.Custom;

namespace KubeLint.Linting.Configuration;

/// <summary>
/// Finds the configuration of each linted file (the nearest <c>.kubelint.yaml</c> walking up to the
/// repository root, or the one named on the command line) and turns it, with the request's
/// overrides, into <see cref="LintSettings"/>. Thread-safe; each directory and file is resolved once.
/// </summary>
internal sealed class SettingsResolver
{
    private readonly LintRequest _request;
    private readonly IReadOnlyList<RuleDescriptor> _rules;
    private readonly object _gate = new();
    private readonly Dictionary<string, string?> _configFileByDirectory = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LintSettings> _settingsByConfigFile = new(StringComparer.Ordinal);
    private readonly List<InputError> _errors = [];
    private readonly Dictionary<string, CustomCheck> _checksById = new(StringComparer.OrdinalIgnoreCase);
    private readonly LintSettings _fixed;

    public SettingsResolver(LintRequest request, IReadOnlyList<RuleDescriptor> rules)
    {
        _request = request;
        _rules = rules;
        var config = request.Config;
        if (config is null && request.ConfigPath is { } path)
        {
            (config, var errors) = ConfigLoader.Load(path, rules);
            _errors.AddRange(errors);
        }

        _fixed = Build(config ?? KubeLintConfig.Empty);
    }

    /// <summary>Configuration errors found so far.</summary>
    public IReadOnlyList<InputError> Errors
    {
        get
        {
            lock (_gate)
            {
                return [.. _errors];
            }
        }
    }

    /// <summary>The custom checks of every configuration resolved so far, each id once.</summary>
    public IReadOnlyList<CustomCheck> CustomChecks
    {
        get
        {
            lock (_gate)
            {
                return [.. _checksById.Values.OrderBy(c => c.Descriptor.Id, StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>
    /// Whether any configuration governs a file (absolute path; null for in-memory input) under
    /// <paramref name="request"/>: without one, its settings are the request's and the defaults.
    /// </summary>
    public static bool ConfigurationGoverns(LintRequest request, string? fullPath) =>
        NamesConfiguration(request) || (request.UseConfigFiles && ConfigLoader.FindFor(DirectoryOf(fullPath)) is not null);

    /// <summary>The namespace of objects that name none, under <paramref name="request"/> and <paramref name="config"/>.</summary>
    public static string DefaultNamespace(LintRequest request, KubeLintConfig config) => request.DefaultNamespace ?? config.Namespace ?? "default";

    /// <summary>The settings of a file (absolute path), or of in-memory input when null.</summary>
    public LintSettings For(string? fullPath)
    {
        if (NamesConfiguration(_request) || !_request.UseConfigFiles)
        {
            return _fixed;
        }

        var directory = DirectoryOf(fullPath);
        lock (_gate)
        {
            var configFile = ConfigLoader.FindFor(directory, _configFileByDirectory);
            if (configFile is null)
            {
                return _fixed;
            }

            if (!_settingsByConfigFile.TryGetValue(configFile, out var settings))
            {
                var (config, errors) = ConfigLoader.Load(configFile, _rules);
                _errors.AddRange(errors);
                settings = config is null ? _fixed : Build(config);
                _settingsByConfigFile[configFile] = settings;
            }

            return settings;
        }
    }

    /// <summary>Whether the request gives its configuration itself (in memory or by path), for every file alike.</summary>
    private static bool NamesConfiguration(LintRequest request) => request.Config is not null || request.ConfigPath is not null;

    private static string DirectoryOf(string? fullPath) =>
        fullPath is null ? Environment.CurrentDirectory : Path.GetDirectoryName(fullPath) ?? Environment.CurrentDirectory;

    /// <summary>
    /// The configuration's checks that the run accepts: one id is one check in a run, so a second,
    /// different declaration of an id (in another configuration) is an error and is left out.
    /// </summary>
    private List<CustomCheck> Register(KubeLintConfig config)
    {
        var accepted = new List<CustomCheck>();
        foreach (var check in config.Checks)
        {
            var clash = _checksById.GetValueOrDefault(check.Descriptor.Id)
                ?? _checksById.Values.FirstOrDefault(c => c.Descriptor.Name == check.Descriptor.Name);
            if (clash is null)
            {
                _checksById[check.Descriptor.Id] = check;
                accepted.Add(check);
            }
            else if (clash.DeclaredAt == check.DeclaredAt)
            {
                accepted.Add(clash);
            }
            else
            {
                var (file, line, column) = check.DeclaredAt;
                _errors.Add(new InputError(file, line, column, $"check {check.Descriptor.Id} ({check.Descriptor.Name}) is also declared, differently, at {clash.DeclaredAt}: ids and names are one check per run, so this declaration is not used") { Kind = ErrorKind.Configuration });
            }
        }

        return accepted;
    }

    private LintSettings Build(KubeLintConfig config)
    {
        var checks = Register(config);
        IReadOnlyList<RuleDescriptor> known = checks.Count == 0 ? _rules : [.. _rules, .. checks.Select(c => c.Descriptor)];
        HashSet<string> IdsOf(IEnumerable<string> selectors) =>
            [.. selectors.SelectMany(selector => known.Where(rule => RuleSelector.Matches(selector, rule)).Select(rule => rule.Id))];

        var enabled = known.Where(r => r.EnabledByDefault).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        enabled.ExceptWith(IdsOf(config.Disable));
        enabled.UnionWith(IdsOf(config.Enable));
        enabled.ExceptWith(IdsOf(_request.DisableRules));
        enabled.UnionWith(IdsOf(_request.EnableRules));

        var severities = new Dictionary<string, Severity>(StringComparer.Ordinal);
        var byGenerality = config.Severity.OrderBy(kv => RuleCategories.All.Contains(kv.Key, StringComparer.OrdinalIgnoreCase) ? 0 : 1);
        foreach (var (selector, severity) in byGenerality)
        {
            foreach (var id in IdsOf([selector]))
            {
                severities[id] = severity;
            }
        }

        var directory = config.FilePath is { } file ? Path.GetDirectoryName(Path.GetFullPath(file))! : Environment.CurrentDirectory;
        return new LintSettings
        {
            DefaultNamespace = DefaultNamespace(_request, config),
            KnownRules = known,
            EnabledRules = enabled,
            SeverityOverrides = severities,
            StrictRules = _request.StrictSuppressions ? known.Select(r => r.Id).ToHashSet() : IdsOf(config.Strict),
            Ignores = [.. config.Ignore.Select(i => new CompiledIgnore(i))],
            AdminUis = [.. Manifests.AdminUis.AdminUiCatalog.BuiltIn, .. config.AdminUis],
            Pss = _request.Pss ?? config.Pss,
            Paths = config.Include.Count + config.Exclude.Count > 0 ? new PathFilter(directory, config.Include, config.Exclude) : null,
            FailOn = config.FailOn,
        };
    }
}
