using KubeLint.Yaml;

namespace KubeLint.Linting.Rendering;

/// <summary>A patch a kustomization applies from a file, or written in the kustomization itself.</summary>
/// <param name="Path">The patch file, relative to the kustomization; null for an inline patch.</param>
/// <param name="TargetKind">The kind its target selects, or null.</param>
/// <param name="TargetName">The name its target selects (a regular expression), or null.</param>
internal sealed record KustomizationPatch(string? Path, string? TargetKind, string? TargetName)
{
    /// <summary>For a patch written inline as a literal block (<c>patch: |</c>): its text and where that text is in the kustomization.</summary>
    public InlinePatch? Inline { get; init; }
}

/// <summary>
/// The text of an inline patch written as a literal block scalar, whose lines are the
/// kustomization's lines from <paramref name="FirstLine"/> on, less <paramref name="Indent"/> columns.
/// </summary>
internal sealed record InlinePatch(string Text, int FirstLine, int Indent);

/// <summary>What a kustomization file makes kustomize read.</summary>
/// <param name="Resources">Entries of <c>resources</c>, <c>bases</c> and <c>components</c>: local files or folders, or remote targets.</param>
/// <param name="Files">Files read for patches, generators, CRDs, configurations, replacements and the OpenAPI schema.</param>
/// <param name="Plugins">Entries of <c>generators</c>, <c>transformers</c> and <c>validators</c>: a file, a folder, or inline YAML.</param>
/// <param name="Helm">Whether it inflates Helm charts, which kustomize fetches from chart repositories.</param>
internal sealed record KustomizationFile(
    IReadOnlyList<string> Resources,
    IReadOnlyList<string> Files,
    IReadOnlyList<string> Plugins,
    bool Helm)
{
    public static KustomizationFile Empty { get; } = new([], [], [], false);

    /// <summary>Whether it is a <c>kind: Component</c>, which only a kustomization that uses it can build.</summary>
    public bool IsComponent { get; init; }

    /// <summary>Its <c>namePrefix</c> and <c>nameSuffix</c> (empty when unset).</summary>
    public (string Prefix, string Suffix) NameAffixes { get; init; } = (string.Empty, string.Empty);

    /// <summary>Its patches read from files, in the order it lists them (<c>patches</c>, <c>patchesJson6902</c>, <c>patchesStrategicMerge</c>).</summary>
    public IReadOnlyList<KustomizationPatch> Patches { get; init; } = [];

    /// <summary>
    /// Reads the references of a kustomization. kustomize decodes the file with Go's encoding/json,
    /// which matches field names without regard to case (<c>Resources:</c> and <c>RESOURCES:</c> are
    /// <c>resources</c>), so every spelling is read; all of them together are a superset of what it uses.
    /// </summary>
    public static KustomizationFile Read(string text)
    {
        var content = YamlLoader.Load(text);
        if (content.Documents.Count == 0 || content.Documents[0].Root is not YamlMapping root)
        {
            return Empty;
        }

        var resources = new List<string>();
        var files = new List<string>();
        var plugins = new List<string>();
        var helm = false;
        var patches = new List<KustomizationPatch>();
        var lines = new Lazy<string[]>(() => text.Split('\n'), LazyThreadSafetyMode.None);
        string? prefix = null, suffix = null;
        foreach (var entry in root.Entries)
        {
            switch (FieldName.Fold(entry.KeyText))
            {
                case "RESOURCES" or "BASES" or "COMPONENTS":
                    resources.AddRange(Strings(entry.Value));
                    break;
                case "CRDS" or "CONFIGURATIONS" or "PATCHESSTRATEGICMERGE":
                    files.AddRange(Strings(entry.Value).Where(IsPath));
                    if (FieldName.Fold(entry.KeyText) == "PATCHESSTRATEGICMERGE")
                    {
                        patches.AddRange(entry.Value.AsItems().Select(item => item.AsString() is { } path && IsPath(path)
                            ? new KustomizationPatch(path, null, null)
                            : Inline(item, lines) is { } inline ? new KustomizationPatch(null, null, null) { Inline = inline } : null).OfType<KustomizationPatch>());
                    }

                    break;
                case "PATCHES" or "PATCHESJSON6902" or "REPLACEMENTS":
                    files.AddRange(entry.Value.AsItems().Select(item => Field(item, "PATH")).OfType<string>());
                    if (FieldName.Fold(entry.KeyText) != "REPLACEMENTS")
                    {
                        patches.AddRange(entry.Value.AsItems().Select(item => Patch(item, lines)).OfType<KustomizationPatch>());
                    }

                    break;
                case "NAMEPREFIX":
                    prefix = entry.Value.AsString();
                    break;
                case "NAMESUFFIX":
                    suffix = entry.Value.AsString();
                    break;
                case "OPENAPI":
                    files.AddRange(new[] { Field(entry.Value, "PATH") }.OfType<string>());
                    break;
                case "CONFIGMAPGENERATOR" or "SECRETGENERATOR":
                    files.AddRange(entry.Value.AsItems().SelectMany(GeneratorFiles));
                    break;
                case "GENERATORS" or "TRANSFORMERS" or "VALIDATORS":
                    plugins.AddRange(Strings(entry.Value));
                    break;
                case "HELMCHARTS" or "HELMCHARTINFLATIONGENERATOR" or "HELMGLOBALS":
                    helm |= entry.Value is not YamlScalar { IsNull: true };
                    break;
            }
        }

        return new KustomizationFile(resources, files, plugins, helm)
        {
            IsComponent = root.GetString("kind") == "Component",
            NameAffixes = (prefix ?? string.Empty, suffix ?? string.Empty),
            Patches = patches,
        };
    }

    /// <summary>A patch entry, from a file or inline, with its target's kind and name (a regular expression) when it has one.</summary>
    private static KustomizationPatch? Patch(YamlNode item, Lazy<string[]> lines)
    {
        var mapping = item as YamlMapping;
        var target = mapping?.Entries.Where(e => FieldName.Fold(e.KeyText) == "TARGET").Select(e => e.Value).LastOrDefault();
        var (kind, name) = (Field(target, "KIND"), Field(target, "NAME"));
        if (Field(item, "PATH") is { } path)
        {
            return new KustomizationPatch(path, kind, name);
        }

        var inline = mapping?.Entries.Where(e => FieldName.Fold(e.KeyText) == "PATCH").Select(e => e.Value).LastOrDefault();
        return Inline(inline, lines) is { } patch ? new KustomizationPatch(null, kind, name) { Inline = patch } : null;
    }

    /// <summary>An inline patch written as a literal block scalar; null for any other node (a folded or quoted text's lines are not the file's).</summary>
    private static InlinePatch? Inline(YamlNode? node, Lazy<string[]> fileLines)
    {
        if (node is not YamlScalar { Style: ScalarStyle.Literal } scalar || scalar.Value.Trim().Length == 0)
        {
            return null;
        }

        var lines = fileLines.Value;
        var first = scalar.Start.Line + 1;
        var content = Enumerable.Range(first - 1, Math.Max(0, lines.Length - first + 1)).FirstOrDefault(i => lines[i].Trim().Length > 0, -1);
        if (content < 0)
        {
            return null;
        }

        // With an indentation indicator (|2) the text's own first line may keep some of its spaces.
        var valueLine = scalar.Value.Split('\n').First(l => l.Trim().Length > 0);
        var indent = (lines[content].Length - lines[content].TrimStart(' ').Length) - (valueLine.Length - valueLine.TrimStart(' ').Length);
        return new InlinePatch(scalar.Value, first, Math.Max(0, indent));
    }

    /// <summary>A generator's <c>files</c> (<c>key=path</c> or <c>path</c>), <c>envs</c> and <c>env</c>.</summary>
    private static IEnumerable<string> GeneratorFiles(YamlNode generator)
    {
        if (generator is not YamlMapping mapping)
        {
            yield break;
        }

        foreach (var entry in mapping.Entries)
        {
            var field = FieldName.Fold(entry.KeyText);
            if (field is "FILES" or "ENVS" or "ENV")
            {
                foreach (var value in entry.Value.AsString() is { } single ? [single] : Strings(entry.Value))
                {
                    var equals = field == "FILES" ? value.IndexOf('=', StringComparison.Ordinal) : -1;
                    yield return equals >= 0 ? value[(equals + 1)..] : value;
                }
            }
        }
    }

    private static string? Field(YamlNode? node, string foldedName) =>
        (node as YamlMapping)?.Entries.Where(e => FieldName.Fold(e.KeyText) == foldedName).Select(e => e.Value.AsString()).LastOrDefault(v => v is not null);

    private static IEnumerable<string> Strings(YamlNode? node) => node.AsItems().Select(item => item.AsString()).OfType<string>();

    /// <summary>An inline patch (YAML text) is not a path.</summary>
    private static bool IsPath(string value) => !value.Contains('\n', StringComparison.Ordinal);
}
