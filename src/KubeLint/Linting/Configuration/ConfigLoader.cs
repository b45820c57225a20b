using KubeLint.Manifests.AdminUis;
using KubeLint.Manifests.PodSecurity;
using KubeLint.Rules;
using KubeLint.Yaml;

namespace KubeLint.Linting.Configuration;

/// <summary>Reads <c>.kubelint.yaml</c>: unknown keys and bad values are errors with the file's line and column.</summary>
public static class ConfigLoader
{
    /// <summary>The name KubeLint looks for, walking up from each linted file.</summary>
    public const string FileName = ".kubelint.yaml";

    /// <summary>The top-level keys, for the JSON Schema test.</summary>
    public static IReadOnlyList<string> TopLevelKeys { get; } = ["rules", "failOn", "include", "exclude", "pss", "namespace", "ignore", "strict", "adminUis", "checks"];

    internal static readonly string[] RulesKeys = ["disable", "enable", "severity"];
    internal static readonly string[] IgnoreKeys = ["kind", "namespace", "name", "rules", "reason"];
    internal static readonly string[] AdminUiKeys = ["id", "name", "images", "requiredArgument", "authentication", "alwaysUnauthenticated", "uiPorts", "authOff"];
    internal static readonly string[] AuthOffKeys = ["flag", "env", "configMapKey", "condition", "text", "reason"];

    /// <summary>
    /// The configuration governing files in <paramref name="directory"/>: the nearest
    /// <see cref="FileName"/> walking up to the repository root, or null. With a cache, every folder
    /// on the way is remembered, so many files below one root look it up once.
    /// </summary>
    internal static string? FindFor(string directory, Dictionary<string, string?>? cache = null)
    {
        if (cache?.TryGetValue(directory, out var cached) == true)
        {
            return cached;
        }

        var candidate = Path.Combine(directory, FileName);
        var parent = Path.GetDirectoryName(directory);
        var found = File.Exists(candidate) ? candidate
            : Discovery.RepositoryRoot.IsRoot(directory) || parent is null ? null
            : FindFor(parent, cache);
        if (cache is not null)
        {
            cache[directory] = found;
        }

        return found;
    }

    /// <summary>Reads a configuration file.</summary>
    public static (KubeLintConfig? Config, IReadOnlyList<InputError> Errors) Load(string path, IReadOnlyList<RuleDescriptor> rules)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Discovery.BoundedFile.ReadText(path) is not { } text)
        {
            var why = File.Exists(path) ? $"not a readable file of at most {ByteSize.Format(Discovery.BoundedFile.DefaultMaxBytes)}" : "no such file";
            return (null, [InputError.ForWhole(path, $"cannot read configuration: {why}") with { Kind = ErrorKind.Configuration }]);
        }

        return Parse(path, text, rules);
    }

    /// <summary>Reads configuration text.</summary>
    public static (KubeLintConfig? Config, IReadOnlyList<InputError> Errors) Parse(string path, string text, IReadOnlyList<RuleDescriptor> rules)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(rules);
        var content = YamlLoader.Load(text);
        var reader = new ConfigReader(path);
        foreach (var error in content.Errors)
        {
            reader.Errors.Add(new InputError(path, error.Position.Line, error.Position.Column, error.Message) { Kind = ErrorKind.Configuration });
        }

        var config = new KubeLintConfig { FilePath = path };
        if (content.Documents.Count > 1)
        {
            reader.Error(content.Documents[1].Root, "a configuration file holds one YAML document");
        }

        if (content.Documents.Count > 0 && reader.Mapping(content.Documents[0].Root, "the configuration") is { } mapping)
        {
            config = Read(mapping, config, reader, rules);
        }

        return reader.Errors.Count == 0 ? (config, []) : (null, reader.Errors);
    }

    private static KubeLintConfig Read(YamlMapping root, KubeLintConfig config, ConfigReader reader, IReadOnlyList<RuleDescriptor> rules)
    {
        // Checks first: the rest of the file may name them (rules.severity, ignore, strict).
        if (root["checks"] is { } checks)
        {
            config = config with { Checks = new Checks.CheckReader(reader, config.FilePath ?? ConfigLoader.FileName, rules).Read(checks) };
            rules = [.. rules, .. config.Checks.Select(c => c.Descriptor)];
        }

        foreach (var (key, value) in reader.Entries(root, TopLevelKeys, "the configuration"))
        {
            config = key switch
            {
                "rules" => ReadRules(value, config, reader, rules),
                "failOn" => config with { FailOn = ReadSeverity(value, reader, "failOn") },
                "include" => config with { Include = [.. ReadGlobs(value, reader, "include")] },
                "exclude" => config with { Exclude = [.. ReadGlobs(value, reader, "exclude")] },
                "pss" => config with { Pss = ReadPss(value, reader) },
                "namespace" => config with { Namespace = reader.String(value, "namespace") },
                "ignore" => config with { Ignore = [.. ReadIgnores(value, reader, rules)] },
                "strict" => config with { Strict = [.. ReadSelectors(value, reader, rules, "strict")] },
                "adminUis" => config with { AdminUis = [.. ReadAdminUis(value, reader)] },
                _ => config,
            };
        }

        return config;
    }

    private static KubeLintConfig ReadRules(YamlNode node, KubeLintConfig config, ConfigReader reader, IReadOnlyList<RuleDescriptor> rules)
    {
        if (reader.Mapping(node, "rules") is not { } mapping)
        {
            return config;
        }

        foreach (var (key, value) in reader.Entries(mapping, RulesKeys, "rules"))
        {
            config = key switch
            {
                "disable" => config with { Disable = [.. ReadSelectors(value, reader, rules, "rules.disable")] },
                "enable" => config with { Enable = [.. ReadSelectors(value, reader, rules, "rules.enable")] },
                _ => config with { Severity = ReadSeverityOverrides(value, reader, rules) },
            };
        }

        return config;
    }

    private static Dictionary<string, Severity> ReadSeverityOverrides(YamlNode node, ConfigReader reader, IReadOnlyList<RuleDescriptor> rules)
    {
        var overrides = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
        if (reader.Mapping(node, "rules.severity") is not { } mapping)
        {
            return overrides;
        }

        foreach (var entry in mapping.Entries)
        {
            var selector = entry.KeyText ?? string.Empty;
            if (!RuleSelector.IsKnown(selector, rules))
            {
                reader.Error(entry.Key, $"rules.severity names no rule, rule name or category: '{selector}'");
            }
            else if (ReadSeverity(entry.Value, reader, $"rules.severity.{selector}") is { } severity)
            {
                overrides[selector] = severity;
            }
        }

        return overrides;
    }

    private static Severity? ReadSeverity(YamlNode node, ConfigReader reader, string what)
    {
        if (reader.String(node, what) is not { } text)
        {
            return null;
        }

        if (SeverityNames.TryParse(text, out var severity))
        {
            return severity;
        }

        reader.Error(node, $"{what} must be error, warning or note, not '{text}'");
        return null;
    }

    private static IEnumerable<string> ReadSelectors(YamlNode node, ConfigReader reader, IReadOnlyList<RuleDescriptor> rules, string what)
    {
        foreach (var (value, item) in reader.Strings(node, what))
        {
            if (RuleSelector.IsKnown(value, rules))
            {
                yield return value;
            }
            else
            {
                reader.Error(item, $"{what} names no rule, rule name or category: '{value}' (`kubelint rules` lists them)");
            }
        }
    }

    private static IEnumerable<string> ReadGlobs(YamlNode node, ConfigReader reader, string what) =>
        reader.Strings(node, what).Select(g => g.Value);

    private static PssProfile? ReadPss(YamlNode node, ConfigReader reader)
    {
        if (reader.String(node, "pss") is not { } text)
        {
            return null;
        }

        if (PssProfile.TryParse(text, out var profile))
        {
            return profile;
        }

        reader.Error(node, $"pss must be baseline or restricted, optionally @v1.NN or @latest, not '{text}'");
        return null;
    }

    private static IEnumerable<ObjectIgnore> ReadIgnores(YamlNode node, ConfigReader reader, IReadOnlyList<RuleDescriptor> rules)
    {
        foreach (var item in node.AsItems())
        {
            if (reader.Mapping(item, "each ignore entry") is not { } mapping)
            {
                continue;
            }

            string? kind = null, ns = null, name = null, reason = null;
            List<string> ruleSelectors = [];
            foreach (var (key, value) in reader.Entries(mapping, IgnoreKeys, "an ignore entry"))
            {
                switch (key)
                {
                    case "kind": kind = reader.String(value, "ignore.kind"); break;
                    case "namespace": ns = reader.String(value, "ignore.namespace"); break;
                    case "name": name = reader.String(value, "ignore.name"); break;
                    case "rules": ruleSelectors = [.. ReadSelectors(value, reader, rules, "ignore.rules")]; break;
                    default: reason = reader.String(value, "ignore.reason"); break;
                }
            }

            if (string.IsNullOrWhiteSpace(reason))
            {
                reader.Error(mapping, "an ignore entry needs a reason: why are these findings accepted?");
                continue;
            }

            yield return new ObjectIgnore(kind, ns, name, ruleSelectors, reason);
        }

        if (node is not YamlSequence)
        {
            reader.Error(node, "ignore must be a list of entries");
        }
    }

    private static IEnumerable<AdminUiEntry> ReadAdminUis(YamlNode node, ConfigReader reader)
    {
        foreach (var item in node.AsItems())
        {
            if (reader.Mapping(item, "each adminUis entry") is { } mapping && AdminUiReader.Read(mapping, reader, AdminUiKeys, AuthOffKeys) is { } entry)
            {
                yield return entry;
            }
        }

        if (node is not YamlSequence)
        {
            reader.Error(node, "adminUis must be a list of entries");
        }
    }
}
