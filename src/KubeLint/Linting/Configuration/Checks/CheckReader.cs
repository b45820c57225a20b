using System.Text.RegularExpressions;
using KubeLint.Manifests.Workloads;
using KubeLint.Rules;
using KubeLint.Rules.Custom;
using KubeLint.Yaml;

namespace KubeLint.Linting.Configuration.Checks;

/// <summary>
/// Reads a configuration's <c>checks</c>: checks declared with a schema or a relation, ready-made
/// checks enabled with <c>use</c>, and <c>include</c>s of files holding more (relative to the
/// configuration's folder, and inside its repository, so that no configuration reads the runner's files). Every problem is an error at its line and column.
/// </summary>
internal sealed partial class CheckReader(ConfigReader reader, string file, IReadOnlyList<RuleDescriptor> builtIn)
{
    public const string DefaultCategory = "custom";

    internal static readonly string[] CheckKeys =
    [
        "id", "name", "title", "severity", "category", "enabled", "target", "containers", "match", "exclude", "schema", "requires",
        "message", "description", "why", "remediation", "helpUri", "example", "fixedExample", "use", "with", "include",
    ];

    private readonly List<CustomCheck> _checks = [];

    /// <summary>Whether <paramref name="id"/> has the form of a check's id (and not KubeLint's KLnnnn).</summary>
    internal static bool IsCheckId(string id) => IdPattern().IsMatch(id) && !KubeLintIdPattern().IsMatch(id);

    /// <summary>Reads the <c>checks</c> list (and the files it includes).</summary>
    public IReadOnlyList<CustomCheck> Read(YamlNode node)
    {
        ReadList(node, reader, file, allowIncludes: true);
        return _checks;
    }

    private void ReadList(YamlNode node, ConfigReader from, string path, bool allowIncludes)
    {
        if (node is not YamlSequence sequence)
        {
            from.Error(node, "checks must be a list of checks");
            return;
        }

        foreach (var item in sequence.Items)
        {
            if (from.Mapping(item, "each check") is not { } mapping)
            {
                continue;
            }

            if (mapping["include"] is { } include)
            {
                if (mapping.Count > 1)
                {
                    from.Error(mapping, "an include entry holds only 'include'");
                }
                else if (!allowIncludes)
                {
                    from.Error(include, "an included file cannot include others");
                }
                else if (from.String(include, "include") is { } relative)
                {
                    Include(include, relative, from, path);
                }

                continue;
            }

            if (ReadCheck(mapping, from, path) is { } check)
            {
                _checks.Add(check);
            }
        }
    }

    private void Include(YamlNode at, string relative, ConfigReader from, string includingFile)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(includingFile)) ?? ".";
        var boundary = Discovery.RepositoryRoot.FindOrNull(folder) ?? folder;
        var target = Path.GetFullPath(Path.Combine(folder, relative));
        if (Path.IsPathRooted(relative) || !Discovery.RealPath.IsInside(target, boundary) || !Discovery.RealPath.IsInside(Discovery.RealPath.Of(target), Discovery.RealPath.Of(boundary)))
        {
            from.Error(at, $"include '{relative}' must be a relative path inside the configuration's repository (or its folder, outside one)");
            return;
        }

        if (Discovery.BoundedFile.ReadText(target) is not { } text)
        {
            from.Error(at, $"cannot read included checks '{relative}': no such file, or not a readable file of at most {ByteSize.Format(Discovery.BoundedFile.DefaultMaxBytes)}");
            return;
        }

        var included = new ConfigReader(target);
        var content = YamlLoader.Load(text);
        foreach (var error in content.Errors)
        {
            included.Errors.Add(new InputError(target, error.Position.Line, error.Position.Column, error.Message) { Kind = ErrorKind.Configuration });
        }

        if (content.Documents.Count > 0 && included.Mapping(content.Documents[0].Root, "an included checks file") is { } root)
        {
            foreach (var (_, value) in included.Entries(root, ["checks"], "an included checks file"))
            {
                ReadList(value, included, target, allowIncludes: false);
            }
        }

        from.Errors.AddRange(included.Errors);
    }

    private CustomCheck? ReadCheck(YamlMapping mapping, ConfigReader from, string path)
    {
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in from.Entries(mapping, CheckKeys, "a check"))
        {
            fields[key] = value;
        }

        var errorsBefore = from.Errors.Count;
        var id = Text(fields, "id", from);
        if (id is null)
        {
            from.Error(mapping, "a check needs an 'id' of your own (letters, digits, '-' and '_'; not KLnnnn, which is KubeLint's)");
        }
        else if (!IsCheckId(id))
        {
            from.Error(fields["id"], $"check id '{id}' must start with a letter and hold at most 40 letters, digits, '-' and '_', and not be of KubeLint's form KLnnnn");
        }

        CatalogueEntry? entry = null;
        var parameters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (Text(fields, "use", from) is { } use)
        {
            entry = ReadyMadeChecks.Find(use);
            if (entry is null)
            {
                var names = ReadyMadeChecks.All.Select(e => e.Name).ToArray();
                from.Error(fields["use"], $"no ready-made check '{use}'{EditDistance.DidYouMean(use, names)}; there are: {string.Join(", ", names)}");
            }
            else
            {
                parameters = CheckPartReader.ReadParameters(entry, fields.GetValueOrDefault("with"), mapping, from);
                foreach (var key in (string[])["schema", "requires", "target", "containers"])
                {
                    if (fields.TryGetValue(key, out var given))
                    {
                        from.Error(given, $"'{key}' comes from the ready-made check '{entry.Name}'; a check with 'use' sets only its id, name, title, severity, category, match, exclude, message and documentation");
                    }
                }
            }
        }
        else if (fields.TryGetValue("with", out var with))
        {
            from.Error(with, "'with' gives the parameters of a ready-made check: add 'use'");
        }

        var name = Text(fields, "name", from) ?? entry?.Name;
        var title = Text(fields, "title", from) ?? entry?.Title;
        if (name is null || title is null)
        {
            from.Error(mapping, "a check needs a 'name' (kebab-case, for suppressions and selectors) and a 'title'");
        }
        else if (!NamePattern().IsMatch(name))
        {
            from.Error(fields.GetValueOrDefault("name") ?? mapping, $"check name '{name}' must be kebab-case (lower-case letters, digits and '-')");
        }

        var category = Text(fields, "category", from) ?? DefaultCategory;
        if (!NamePattern().IsMatch(category) || RuleCategories.All.Contains(category))
        {
            from.Error(fields.GetValueOrDefault("category") ?? mapping, $"category '{category}' must be kebab-case and not one of KubeLint's own ({string.Join(", ", RuleCategories.All)})");
        }

        foreach (var (what, value) in new[] { ("id", id), ("name", name), ("category", (string?)category) })
        {
            if (value is not null && builtIn.Any(rule => RuleSelector.Matches(value, rule)))
            {
                from.Error(fields.GetValueOrDefault(what) ?? mapping, $"check {what} '{value}' is already a KubeLint rule id, name or category");
            }
        }

        foreach (var other in _checks)
        {
            if (string.Equals(other.Descriptor.Id, id, StringComparison.OrdinalIgnoreCase) || string.Equals(other.Descriptor.Name, name, StringComparison.Ordinal))
            {
                from.Error(mapping, $"check {id} ({name}) has the id or name of the check declared at {other.DeclaredAt}");
            }
        }

        var target = entry?.Target ?? (Text(fields, "target", from) is { } targetText ? CheckPartReader.ReadTarget(targetText, fields["target"], from) : CheckTarget.Object);
        var containerLists = entry?.ContainerLists ?? (fields.TryGetValue("containers", out var listsNode) ? CheckPartReader.ReadLists(listsNode, target, from) : null);
        var match = fields.TryGetValue("match", out var matchNode) ? CheckPartReader.ReadMatch(matchNode, from, "match") : null;
        var exclude = fields.TryGetValue("exclude", out var excludeNode) ? CheckPartReader.ReadMatch(excludeNode, from, "exclude") : null;
        var relation = entry?.Relation ?? (fields.TryGetValue("requires", out var requires) ? CheckPartReader.ReadRelation(requires, target, from) : null);
        var schema = entry is not null ? (entry.Parameters.All(p => !p.Required || parameters.ContainsKey(p.Name)) ? entry.Schema?.Invoke(parameters) : null)
            : fields.TryGetValue("schema", out var schemaNode) ? new SchemaReader(from).Read(schemaNode) : null;
        if (entry is null && !fields.ContainsKey("schema") && !fields.ContainsKey("requires") && !fields.ContainsKey("use"))
        {
            from.Error(mapping, "a check needs a 'schema' (what each target must look like), 'requires' (what must be deployed with it) or 'use' (a ready-made check)");
        }

        var severity = entry?.Severity ?? Severity.Warning;
        var severityText = Text(fields, "severity", from);
        if (severityText is not null && !SeverityNames.TryParse(severityText, out severity))
        {
            from.Error(fields["severity"], $"severity must be error, warning or note, not '{severityText}'");
        }

        var messageText = Text(fields, "message", from) ?? entry?.Message ?? $"{(title ?? string.Empty).Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal)}: {{path}} {{reason}}";
        var (message, messageError) = MessageTemplate.Parse(messageText);
        if (messageError is not null)
        {
            from.Error(fields.GetValueOrDefault("message") ?? mapping, messageError);
        }

        var helpUri = Text(fields, "helpUri", from);
        if (helpUri is not null && !(Uri.TryCreate(helpUri, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            from.Error(fields["helpUri"], $"helpUri must be an http(s) address, not '{helpUri}'");
        }

        var enabled = fields.TryGetValue("enabled", out var enabledNode) ? from.Boolean(enabledNode, "enabled") ?? true : true;
        var origin = new CheckOrigin(path, mapping.Start.Line, mapping.Start.Column);
        var (description, why, remediation) = (Text(fields, "description", from), Text(fields, "why", from), Text(fields, "remediation", from));
        var (example, fixedExample) = (Text(fields, "example", from), Text(fields, "fixedExample", from));
        if (from.Errors.Count > errorsBefore || id is null || name is null || title is null || message is null)
        {
            return null;
        }

        // A ready-made check keeps its kinds when the match narrows only namespaces, names or labels.
        match = (match ?? CheckMatch.All).WithDefaultKinds(entry?.Kinds ?? []);
        var kinds = match.Kinds;
        return new CustomCheck
        {
            Descriptor = new RuleDescriptor
            {
                Id = id,
                Name = name,
                Title = title,
                Category = category,
                DefaultSeverity = severity,
                EnabledByDefault = enabled,
                AppliesTo = kinds.Count > 0 ? kinds : target == CheckTarget.Object && relation is null ? ["every kind"] : ["workloads"],
                WhatItChecks = description ?? Configured(entry, parameters) ?? $"A check of your own, declared at {origin}.",
                WhyItMatters = why ?? entry?.WhyItMatters ?? string.Empty,
                HowToFix = remediation ?? entry?.HowToFix ?? string.Empty,
                Example = example ?? string.Empty,
                FixedExample = fixedExample ?? string.Empty,
                HelpUri = helpUri,
            },
            DeclaredAt = origin,
            Target = target,
            ContainerLists = containerLists ?? [ContainerList.Containers, ContainerList.InitContainers, ContainerList.EphemeralContainers],
            Match = match,
            Exclude = exclude,
            Schema = schema,
            Relation = relation,
            Message = message,
        };
    }

    /// <summary>A ready-made check's description, with the parameters it was given (its examples, made for other parameters, stay in the docs).</summary>
    private static string? Configured(CatalogueEntry? entry, Dictionary<string, IReadOnlyList<string>> parameters) =>
        entry is null ? null
        : parameters.Count == 0 ? entry.WhatItChecks
        : $"{entry.WhatItChecks}\n\nReady-made check `{entry.Name}` with {string.Join("; ", parameters.Select(p => $"{p.Key}: {string.Join(", ", p.Value.Select(v => $"`{v}`"))}"))}.";

    private static string? Text(Dictionary<string, YamlNode> fields, string key, ConfigReader from) =>
        fields.TryGetValue(key, out var node) ? from.String(node, key) : null;

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,39}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[Kk][Ll][0-9]")]
    private static partial Regex KubeLintIdPattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex NamePattern();
}
