namespace KubeLint.Linting.Rendering.Kustomize;

/// <summary>A kustomization of a build, with how many steps it is below the root (deeper ones apply first).</summary>
/// <param name="Folder">Its folder, as a full path.</param>
/// <param name="Depth">0 for the root, 1 for what the root builds on, and so on.</param>
/// <param name="File">What it says.</param>
/// <param name="FilePath">Its kustomization file, as a full path.</param>
internal sealed record KustomizeLayer(string Folder, int Depth, KustomizationFile File, string FilePath);

/// <summary>The kustomizations a build reads, breadth first from the root.</summary>
internal static class KustomizeLayers
{
    private const int MaxLayers = 1000;

    /// <param name="root">The kustomization built.</param>
    /// <param name="readText">Reads a file the build may read (null when it may not or cannot be read).</param>
    public static IReadOnlyList<KustomizeLayer> Of(string root, Func<string, string?> readText)
    {
        var layers = new List<KustomizeLayer>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<(string Folder, int Depth)>([(Path.GetFullPath(root), 0)]);
        while (pending.TryDequeue(out var next) && layers.Count < MaxLayers)
        {
            if (!visited.Add(next.Folder) || Kustomization.FileIn(next.Folder) is not { } file || readText(file) is not { } text)
            {
                continue;
            }

            var kustomization = KustomizationFile.Read(text);
            layers.Add(new KustomizeLayer(next.Folder, next.Depth, kustomization, file));
            foreach (var resource in kustomization.Resources.Where(r => !RemoteReference.Looks(r)))
            {
                var folder = Path.GetFullPath(Path.Combine(next.Folder, resource));
                if (Directory.Exists(folder))
                {
                    pending.Enqueue((folder, next.Depth + 1));
                }
            }
        }

        return layers;
    }

    /// <summary>
    /// The names an object of the build may have had before the layers' <c>namePrefix</c> and
    /// <c>nameSuffix</c> were added: its rendered name, and that name with any of them taken off.
    /// </summary>
    public static IReadOnlySet<string> NamesBeforeAffixes(string renderedName, IReadOnlyList<KustomizeLayer> layers)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { renderedName };
        var affixes = layers.Select(l => l.File.NameAffixes).Where(a => a.Prefix.Length > 0 || a.Suffix.Length > 0).Distinct().ToList();
        for (var round = 0; round < 3 && affixes.Count > 0; round++)
        {
            foreach (var name in names.ToList())
            {
                foreach (var (prefix, suffix) in affixes)
                {
                    var stripped = name;
                    if (prefix.Length > 0 && stripped.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        stripped = stripped[prefix.Length..];
                    }

                    if (suffix.Length > 0 && stripped.EndsWith(suffix, StringComparison.Ordinal))
                    {
                        stripped = stripped[..^suffix.Length];
                    }

                    names.Add(stripped);
                }
            }
        }

        return names;
    }
}
