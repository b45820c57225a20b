using KubeLint.Linting.Discovery;

namespace KubeLint.Linting.Rendering;

/// <summary>
/// The folder a renderer may read from: the repository holding the chart or kustomization (else the
/// folder named on the command line). helm and kustomize follow symbolic links, so a link inside a
/// chart to <c>/proc/self/environ</c> would put the CI runner's secrets into the rendered output;
/// such a chart or kustomization is not rendered.
/// </summary>
internal sealed class RenderBoundary
{
    private readonly string _realRoot;
    private readonly Dictionary<string, string?> _escapeByFolder = new(StringComparer.Ordinal);

    public RenderBoundary(string root)
    {
        Root = Path.GetFullPath(root);
        _realRoot = RealPath.Of(Root);
    }

    public string Root { get; }

    /// <summary>The boundary for a folder: its repository's root, else <paramref name="fallback"/>.</summary>
    public static RenderBoundary For(string folder, string fallback) => new(RepositoryRoot.FindOrNull(folder) ?? fallback);

    /// <summary>Whether a path, with its links resolved, stays inside the boundary.</summary>
    public bool Contains(string path) => RealPath.IsInside(RealPath.Of(path), _realRoot);

    /// <summary>
    /// The first symbolic link under <paramref name="folder"/> (its own subfolders and linked folders
    /// included, <c>.git</c> left out) that leads outside the boundary, as <c>link -&gt; target</c>; null when there is none.
    /// </summary>
    public string? FirstEscapeUnder(string folder)
    {
        var start = Path.GetFullPath(folder);
        if (_escapeByFolder.TryGetValue(start, out var cached))
        {
            return cached;
        }

        var escape = !Contains(start) ? $"{start} -> {RealPath.Of(start)}" : Walk(start);
        _escapeByFolder[start] = escape;
        return escape;
    }

    private string? Walk(string start)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([start]);
        while (pending.TryPop(out var current))
        {
            if (!visited.Add(RealPath.Of(current)))
            {
                continue;
            }

            FileSystemInfo[] entries;
            try
            {
                entries = new DirectoryInfo(current).GetFileSystemInfos();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var entry in entries)
            {
                if (entry.Name == ".git")
                {
                    continue;
                }

                if (entry.LinkTarget is not null && !Contains(entry.FullName))
                {
                    return $"{entry.FullName} -> {RealPath.Of(entry.FullName)}";
                }

                if (Directory.Exists(entry.FullName))
                {
                    pending.Push(entry.FullName);
                }
            }
        }

        return null;
    }
}
