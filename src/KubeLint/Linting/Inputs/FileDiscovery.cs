using KubeLint.Linting.Rendering;

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

    /// <summary>Rendering takes longer than reading: such inputs are scheduled as if they were this large.</summary>
    private const long RenderWeight = 1024 * 1024;

    private readonly RenderPlan _plan;
    private readonly List<InputFile> _files = [];
    private readonly List<InputError> _errors = [];
    private readonly List<LintNotice> _notices = [];
    private readonly Dictionary<string, string?> _chartRootCache = new(StringComparer.Ordinal);

    public IReadOnlyList<InputFile> Files => _files;

    public IReadOnlyList<InputError> Errors => _errors;

    /// <summary>Charts and kustomizations that are not rendered, and why.</summary>
    public IReadOnlyList<LintNotice> Notices => _notices;

    private FileDiscovery(RenderPlan plan) => _plan = plan;

    public static FileDiscovery Discover(IEnumerable<string> paths, RenderPlan? plan = null)
    {
        var discovery = new FileDiscovery(plan ?? RenderPlan.Disabled);
        foreach (var path in paths)
        {
            discovery.AddPath(path);
        }

        discovery.DropKustomizationsBuiltByOthers();
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

        var folder = _plan.Enabled ? ClassifyForRendering(displayPath, fullPath) : RenderedFolder.No;
        if (folder == RenderedFolder.Whole)
        {
            return;
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
            else if (folder == RenderedFolder.No && IsManifestFile(entry.Name) && entry.Name != Configuration.ConfigLoader.FileName)
            {
                AddFile(childDisplay, entry.FullName, isExplicit: false);
            }
        }
    }

    /// <summary>
    /// Queues a chart or kustomization folder for rendering when a renderer is at hand, or says why
    /// it is not rendered. A chart is rendered or skipped as a whole; a kustomization's own files are
    /// left to the build, and its subfolders are still walked.
    /// </summary>
    private RenderedFolder ClassifyForRendering(string displayPath, string fullPath)
    {
        var display = displayPath.Replace('\\', '/');
        if (HelmChart.IsChart(fullPath))
        {
            if (_plan.Helm is not { } helm)
            {
                _notices.Add(new LintNotice(display, "Helm chart not rendered: helm is not on PATH (install it or pass --helm); its templates are not linted"));
                return RenderedFolder.Whole;
            }

            _files.Add(new InputFile(display, fullPath, RenderWeight, null) { Render = new RenderJob(RendererKind.Helm, fullPath, display, helm) });
            return RenderedFolder.Whole;
        }

        if (Kustomization.FileIn(fullPath) is null)
        {
            return RenderedFolder.No;
        }

        if (Kustomization.Dependencies(fullPath).Remote is { Count: > 0 } remote)
        {
            _notices.Add(new LintNotice(display, $"kustomization not built: it refers to remote resources ({string.Join(", ", remote.Take(3))}) and KubeLint never downloads; its files are linted as they are"));
            return RenderedFolder.No;
        }

        if (_plan.Kustomize is not { } kustomize)
        {
            _notices.Add(new LintNotice(display, "kustomization not built: neither kubectl nor kustomize is on PATH; its files are linted as they are"));
            return RenderedFolder.No;
        }

        _files.Add(new InputFile(display, fullPath, RenderWeight, null) { Render = new RenderJob(RendererKind.Kustomize, fullPath, display, kustomize) });
        return RenderedFolder.OwnFiles;
    }

    /// <summary>
    /// A base or component that another kustomization of this run builds on is linted as part of
    /// that build only: built alone, a base yields objects that are never deployed as they are.
    /// </summary>
    private void DropKustomizationsBuiltByOthers()
    {
        var kustomizations = _files.Where(f => f.Render?.Kind == RendererKind.Kustomize).ToList();
        if (kustomizations.Count < 2)
        {
            return;
        }

        var usedByOthers = kustomizations
            .SelectMany(f => Kustomization.Dependencies(f.Render!.Directory).LocalFolders)
            .ToHashSet(StringComparer.Ordinal);
        _files.RemoveAll(f => f.Render is { Kind: RendererKind.Kustomize } job && usedByOthers.Contains(job.Directory));
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

    private enum RenderedFolder
    {
        /// <summary>Not rendered: its files are linted as they are.</summary>
        No,

        /// <summary>A kustomization: its own files feed the build; its subfolders are walked.</summary>
        OwnFiles,

        /// <summary>A chart: rendered (or skipped) as a whole.</summary>
        Whole,
    }

    private static string JoinDisplay(string directory, string name) =>
        directory.EndsWith('/') || directory.EndsWith('\\') ? directory + name : directory + "/" + name;
}
