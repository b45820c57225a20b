namespace KubeLint.Linting.Inputs;

/// <summary>
/// Expands the paths of a request into files: directories recursively (<c>.yaml</c>, <c>.yml</c>,
/// <c>.json</c>), skipping <c>.git</c> and what <c>.gitignore</c> files ignore. Symbolic links are
/// followed only while they stay inside the root they were found under, and each real directory is
/// walked once. A file named explicitly is always linted (a pipe such as <c>&lt;(helm template …)</c> too).
/// </summary>
internal sealed class FileDiscovery
{
    private static readonly string[] ManifestExtensions = [".yaml", ".yml", ".json"];

    private readonly List<InputFile> _files = [];
    private readonly List<InputError> _errors = [];
    private readonly Dictionary<string, string?> _chartRootCache = new(StringComparer.Ordinal);

    public IReadOnlyList<InputFile> Files => _files;

    public IReadOnlyList<InputError> Errors => _errors;

    public static FileDiscovery Discover(IEnumerable<string> paths)
    {
        var discovery = new FileDiscovery();
        foreach (var path in paths)
        {
            discovery.AddPath(path);
        }

        return discovery;
    }

    public static bool IsManifestFile(string path) =>
        ManifestExtensions.Any(ext => path.EndsWith(ext, StringComparison.OrdinalIgnoreCase));

    private void AddPath(string path)
    {
        if (File.Exists(path))
        {
            AddFile(path, Path.GetFullPath(path), isExplicit: true);
        }
        else if (Directory.Exists(path))
        {
            var root = Path.GetFullPath(path);
            var ignores = AncestorIgnores(root);
            WalkDirectory(path, root, root, ignores, new HashSet<string>(StringComparer.Ordinal));
        }
        else
        {
            _errors.Add(new InputError(path, 1, 1, "no such file or directory"));
        }
    }

    private void WalkDirectory(string displayPath, string fullPath, string root, List<GitIgnoreFile> ignores, HashSet<string> visited)
    {
        var realPath = RealPath(fullPath);
        if (!visited.Add(realPath))
        {
            return;
        }

        if (GitIgnoreFile.Load(fullPath) is { } local)
        {
            ignores = [.. ignores, local];
        }

        IEnumerable<FileSystemInfo> entries;
        try
        {
            entries = new DirectoryInfo(fullPath).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _errors.Add(new InputError(displayPath, 1, 1, $"cannot read directory: {e.Message}"));
            return;
        }

        foreach (var entry in entries)
        {
            var childDisplay = JoinDisplay(displayPath, entry.Name);
            var isDirectory = IsDirectory(entry);
            if (entry.Name == ".git" || IsIgnored(ignores, entry.FullName, isDirectory))
            {
                continue;
            }

            if (entry.LinkTarget is not null && !LinkStaysInside(entry, root))
            {
                continue;
            }

            if (isDirectory)
            {
                WalkDirectory(childDisplay, entry.FullName, root, ignores, visited);
            }
            else if (IsManifestFile(entry.Name) && entry.Name != Configuration.ConfigLoader.FileName)
            {
                AddFile(childDisplay, entry.FullName, isExplicit: false);
            }
        }
    }

    private void AddFile(string displayPath, string fullPath, bool isExplicit)
    {
        long length = 0;
        try
        {
            length = new FileInfo(fullPath).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The reader reports the file as unreadable.
        }

        _files.Add(new InputFile(displayPath.Replace('\\', '/'), fullPath, length, ChartRootOf(fullPath)) { IsExplicit = isExplicit });
    }

    /// <summary>The chart folder when <paramref name="fullPath"/> lies under <c>&lt;chart&gt;/templates/</c>.</summary>
    private string? ChartRootOf(string fullPath)
    {
        var directory = Path.GetDirectoryName(fullPath);
        if (directory is null)
        {
            return null;
        }

        if (_chartRootCache.TryGetValue(directory, out var cached))
        {
            return cached;
        }

        string? chart = null;
        for (var current = directory; current is not null; current = Path.GetDirectoryName(current))
        {
            var parent = Path.GetDirectoryName(current);
            if (Path.GetFileName(current) == "templates" && parent is not null && File.Exists(Path.Combine(parent, "Chart.yaml")))
            {
                chart = parent;
                break;
            }
        }

        _chartRootCache[directory] = chart;
        return chart;
    }

    private static List<GitIgnoreFile> AncestorIgnores(string root)
    {
        var ignores = new List<GitIgnoreFile>();
        for (var current = Path.GetDirectoryName(root); current is not null; current = Path.GetDirectoryName(current))
        {
            if (GitIgnoreFile.Load(current) is { } file)
            {
                ignores.Insert(0, file);
            }

            if (RepositoryRoot.IsRoot(current))
            {
                break;
            }
        }

        return ignores;
    }

    private static bool IsIgnored(List<GitIgnoreFile> ignores, string fullPath, bool isDirectory)
    {
        var ignored = false;
        foreach (var file in ignores)
        {
            if (file.IsIgnored(fullPath, isDirectory) is { } verdict)
            {
                ignored = verdict;
            }
        }

        return ignored;
    }

    private static bool LinkStaysInside(FileSystemInfo entry, string root)
    {
        try
        {
            var target = entry.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !target.Exists)
            {
                return false;
            }

            var rootWithSlash = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
            var realRoot = RealPath(root);
            var realRootWithSlash = realRoot.EndsWith(Path.DirectorySeparatorChar) ? realRoot : realRoot + Path.DirectorySeparatorChar;
            var resolved = RealPath(target.FullName);
            return resolved.StartsWith(rootWithSlash, StringComparison.Ordinal) || resolved.StartsWith(realRootWithSlash, StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string RealPath(string path)
    {
        try
        {
            var info = new DirectoryInfo(path);
            var resolved = info.LinkTarget is null ? null : info.ResolveLinkTarget(returnFinalTarget: true);
            var full = resolved?.FullName ?? info.FullName;
            var parent = Path.GetDirectoryName(full);
            return parent is null ? full : Path.Combine(RealPath(parent), Path.GetFileName(full));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return path;
        }
    }

    private static bool IsDirectory(FileSystemInfo entry)
    {
        if (entry is DirectoryInfo)
        {
            return true;
        }

        return entry.LinkTarget is not null && Directory.Exists(entry.FullName);
    }

    private static string JoinDisplay(string directory, string name) =>
        directory.EndsWith('/') || directory.EndsWith('\\') ? directory + name : directory + "/" + name;
}
