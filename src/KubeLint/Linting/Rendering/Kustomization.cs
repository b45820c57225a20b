using KubeLint.Yaml;

namespace KubeLint.Linting.Rendering;

/// <summary>A kustomization folder, and whether building it would reach beyond the file system.</summary>
internal static class Kustomization
{
    private static readonly string[] FileNames = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
    private static readonly string[] ReferenceKeys = ["resources", "bases", "components"];

    /// <summary>The kustomization file of <paramref name="directory"/>, or null.</summary>
    public static string? FileIn(string directory) =>
        FileNames.Select(name => Path.Combine(directory, name)).FirstOrDefault(File.Exists);

    /// <summary>
    /// What building the kustomization reads beyond its own folder: the local kustomization folders it
    /// builds on (transitively), and references to remote resources (git repositories, URLs), which
    /// kustomize would fetch, so such a kustomization is not built.
    /// </summary>
    public static (IReadOnlyList<string> LocalFolders, IReadOnlyList<string> Remote) Dependencies(string directory)
    {
        var root = Path.GetFullPath(directory);
        var remote = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([root]);
        while (pending.Count > 0 && visited.Count < 1000)
        {
            var current = pending.Pop();
            if (!visited.Add(current) || FileIn(current) is not { } file)
            {
                continue;
            }

            foreach (var reference in References(file))
            {
                if (IsRemote(reference))
                {
                    remote.Add(reference);
                }
                else if (Directory.Exists(Path.Combine(current, reference)))
                {
                    pending.Push(Path.GetFullPath(Path.Combine(current, reference)));
                }
            }
        }

        visited.Remove(root);
        return ([.. visited.Where(d => FileIn(d) is not null)], remote);
    }

    private static IEnumerable<string> References(string kustomizationFile)
    {
        YamlStreamContent content;
        try
        {
            content = YamlLoader.Load(File.ReadAllText(kustomizationFile));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            yield break;
        }

        if (content.Documents.Count == 0 || content.Documents[0].Root is not YamlMapping root)
        {
            yield break;
        }

        foreach (var key in ReferenceKeys)
        {
            foreach (var item in root[key].AsItems())
            {
                if (item.AsString() is { } reference)
                {
                    yield return reference;
                }
            }
        }

        if (root["helmCharts"] is YamlSequence { Items.Count: > 0 })
        {
            yield return "helmCharts (fetched from chart repositories)";
        }
    }

    private static bool IsRemote(string reference) =>
        reference.Contains("://", StringComparison.Ordinal)
        || reference.StartsWith("git@", StringComparison.Ordinal)
        || reference.StartsWith("github.com/", StringComparison.Ordinal)
        || reference.StartsWith("gitlab.com/", StringComparison.Ordinal)
        || reference.StartsWith("bitbucket.org/", StringComparison.Ordinal)
        || reference.Contains("?ref=", StringComparison.Ordinal)
        || reference.StartsWith("helmCharts", StringComparison.Ordinal);
}
