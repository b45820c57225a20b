namespace KubeLint.Linting.Rendering;

/// <summary>What building a kustomization reads, and whether building it is safe.</summary>
/// <param name="LocalFolders">The other kustomization folders it builds on (transitively).</param>
/// <param name="OwnFiles">The files of its own folder and the folders below it that it names (resources, patches, generator inputs…).</param>
/// <param name="Remote">References kustomize would fetch over the network; with any, it is not built.</param>
/// <param name="Escape">A path or link it would read outside the repository, as <c>path -&gt; target</c>; with one, it is not built.</param>
internal sealed record KustomizationPlan(
    IReadOnlyList<string> LocalFolders,
    IReadOnlySet<string> OwnFiles,
    IReadOnlyList<string> Remote,
    string? Escape)
{
    /// <summary>Whether the folder holds a <c>kind: Component</c>: not deployable, and not built, on its own.</summary>
    public bool IsComponent { get; init; }
}

/// <summary>A kustomization folder, and everything a build of it would read.</summary>
internal static class Kustomization
{
    /// <summary>The names kustomize looks for, in its order; it refuses a folder holding more than one.</summary>
    public static readonly IReadOnlyList<string> FileNames = ["kustomization.yaml", "kustomization.yml", "Kustomization"];

    /// <summary>The kustomization file of <paramref name="directory"/>, or null.</summary>
    public static string? FileIn(string directory) =>
        FileNames.Select(name => Path.Combine(directory, name)).FirstOrDefault(File.Exists);

    /// <summary>
    /// Follows every reference of the kustomization and of those it builds on. A reference that is a
    /// URL or a repository is remote (<see cref="RemoteReference"/>); a generator or transformer
    /// configuration is searched for URLs too; Helm chart inflation fetches charts.
    /// </summary>
    public static KustomizationPlan Analyse(string directory, RenderBoundary boundary)
    {
        var root = Path.GetFullPath(directory);
        var remote = new List<string>();
        var ownFiles = new HashSet<string>(StringComparer.Ordinal);
        string? escape = null;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var isComponent = false;
        var pending = new Stack<string>([root]);
        while (pending.TryPop(out var current) && visited.Count < 1000)
        {
            if (!visited.Add(current) || FileIn(current) is not { } file)
            {
                continue;
            }

            escape ??= boundary.FirstEscapeUnder(current);
            var kustomization = Read(file);
            isComponent |= current == root && kustomization.IsComponent;
            if (kustomization.Helm)
            {
                remote.Add("helmCharts (fetched from chart repositories)");
            }

            void Local(string path)
            {
                var full = Path.GetFullPath(Path.Combine(current, path));
                if (current == root && full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    ownFiles.Add(full);
                }

                if (!boundary.Contains(full))
                {
                    escape ??= $"{path} -> {Discovery.RealPath.Of(full)}";
                }
            }

            foreach (var resource in kustomization.Resources)
            {
                var full = Path.Combine(current, resource);
                if (RemoteReference.Looks(resource))
                {
                    remote.Add(resource);
                }
                else if (Directory.Exists(full))
                {
                    Local(resource);
                    pending.Push(Path.GetFullPath(full));
                }
                else
                {
                    Local(resource);
                }
            }

            foreach (var path in kustomization.Files)
            {
                if (RemoteReference.Looks(path))
                {
                    remote.Add(path);
                }
                else
                {
                    Local(path);
                }
            }

            foreach (var plugin in kustomization.Plugins)
            {
                var full = Path.Combine(current, plugin);
                if (plugin.Contains('\n', StringComparison.Ordinal))
                {
                    remote.AddRange(RemoteReference.In(plugin));
                }
                else if (Directory.Exists(full) && !RemoteReference.Looks(plugin))
                {
                    Local(plugin);
                    pending.Push(Path.GetFullPath(full));
                }
                else if (RemoteReference.Looks(plugin))
                {
                    remote.Add(plugin);
                }
                else
                {
                    Local(plugin);
                    remote.AddRange(RemoteReference.In(ReadText(full)));
                }
            }
        }

        visited.Remove(root);
        return new KustomizationPlan([.. visited.Where(d => FileIn(d) is not null)], ownFiles, remote, escape) { IsComponent = isComponent };
    }

    private static KustomizationFile Read(string file) => KustomizationFile.Read(ReadText(file));

    private static string ReadText(string file) => Discovery.BoundedFile.ReadText(file) ?? string.Empty;
}
