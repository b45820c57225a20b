using System.Text.RegularExpressions;
using KubeLint.Yaml;

namespace KubeLint.Linting.Rendering.Kustomize;

/// <summary>A patch's documents, in <paramref name="File"/> moved by <paramref name="Lines"/> and <paramref name="Columns"/> (an inline patch's text starts below its key and is indented).</summary>
internal sealed record PatchSource(string File, IReadOnlyList<YamlDocument> Documents, int Lines, int Columns)
{
    public (SourcePosition Start, SourcePosition End) Moved((SourcePosition Start, SourcePosition End) range) =>
        Lines == 0 && Columns == 0 ? range : (Move(range.Start), Move(range.End));

    private SourcePosition Move(SourcePosition at) => new(at.Line + Lines, at.Column + Columns, 0);
}

/// <summary>
/// The files of a kustomize build that may have written its objects: the layers, their resource
/// files (as text, parsed only when they may hold an object) and their patches (parsed), and the
/// patch targets' name patterns. None of it depends on the build's output, so it can be read while
/// kustomize runs.
/// </summary>
/// <param name="root">The kustomization built.</param>
/// <param name="readText">Reads a file the build may read (null when it may not or cannot be read).</param>
internal sealed class KustomizeSources(string root, Func<string, string?> readText)
{
    private readonly Dictionary<string, IReadOnlyList<YamlDocument>> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Regex?> _targetNames = new(StringComparer.Ordinal);
    private IReadOnlyList<KustomizeLayer>? _layers;

    public IReadOnlyList<KustomizeLayer> Layers => _layers ??= KustomizeLayers.Of(root, readText);

    /// <summary>Reads every layer, resource and patch, and compiles the targets' name patterns, stopping early when <paramref name="stop"/> says to.</summary>
    public void Preload(Func<bool> stop)
    {
        foreach (var layer in Layers)
        {
            if (stop())
            {
                return;
            }

            foreach (var file in ResourceFiles(layer))
            {
                _ = Directory.Exists(file) ? null : readText(file);
            }

            foreach (var patch in layer.File.Patches)
            {
                _ = Patch(layer, patch);
                _ = patch.TargetName is { } pattern ? TargetName(pattern) : null;
            }
        }
    }

    /// <summary>The local resource files and folders a layer lists, as full paths.</summary>
    public static IEnumerable<string> ResourceFiles(KustomizeLayer layer) =>
        layer.File.Resources.Where(r => !RemoteReference.Looks(r)).Select(r => Path.GetFullPath(Path.Combine(layer.Folder, r)));

    /// <summary>A patch's documents and the file they are in: its own file, or the kustomization for an inline patch (then with how far its text is moved down and right in that file).</summary>
    public PatchSource Patch(KustomizeLayer layer, KustomizationPatch patch)
    {
        if (patch.Inline is not { } inline)
        {
            var file = patch.Path is { } path ? Path.GetFullPath(Path.Combine(layer.Folder, path)) : layer.FilePath;
            return new PatchSource(file, patch.Path is null ? [] : Documents(file), 0, 0);
        }

        var key = $"{layer.FilePath}\n{inline.FirstLine}";
        if (!_documents.TryGetValue(key, out var documents))
        {
            documents = YamlLoader.Load(inline.Text).Documents;
            _documents[key] = documents;
        }

        return new PatchSource(layer.FilePath, documents, inline.FirstLine - 1, inline.Indent);
    }

    /// <summary>
    /// Whether a resource file's text may hold the object, before it is parsed: it mentions one of the
    /// names and, when <paramref name="strict"/>, has a <c>kind:</c> line for the kind (else it only
    /// mentions the kind somewhere). Files already parsed are always candidates.
    /// </summary>
    public bool MayHold(string file, string kind, IReadOnlySet<string> names, bool strict)
    {
        if (_documents.ContainsKey(file))
        {
            return true;
        }

        return !Directory.Exists(file) && readText(file) is { } text
            && (strict ? KindLine.In(text, kind) : text.Contains(kind, StringComparison.Ordinal))
            && names.Any(n => text.Contains(n, StringComparison.Ordinal));
    }

    /// <summary>A file's YAML documents, parsed once; none when it cannot be read.</summary>
    public IReadOnlyList<YamlDocument> Documents(string file)
    {
        if (!_documents.TryGetValue(file, out var documents))
        {
            documents = readText(file) is { } text ? YamlLoader.Load(text).Documents : [];
            _documents[file] = documents;
        }

        return documents;
    }

    /// <summary>A patch target's <c>name</c> as kustomize reads it (an anchored regular expression); null when it is not one this engine runs.</summary>
    public Regex? TargetName(string pattern)
    {
        if (!_targetNames.TryGetValue(pattern, out var regex))
        {
            try
            {
                regex = LinearRegex.Create($"^(?:{pattern})$");
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException)
            {
                regex = null;
            }

            _targetNames[pattern] = regex;
        }

        return regex;
    }
}
