using KubeLint.Linting.Rendering;

namespace KubeLint.Linting.Discovery;

/// <summary>
/// Expands the paths of a request into files: directories recursively (<c>.yaml</c>, <c>.yml</c>,
/// <c>.json</c>), skipping <c>.git</c> and what <c>.gitignore</c> files ignore unless git tracks it.
/// Every file that <c>kubectl apply -f</c> could deploy is linted at least once: charts and
/// kustomizations are rendered (<see cref="RenderClassifier"/>), and their other files are linted as
/// they stand. Symbolic links are followed only while they stay inside the root they were found
/// under, and each real directory is walked once. A file named explicitly is always linted.
/// </summary>
internal sealed class FileDiscovery
{
    private static readonly string[] ManifestExtensions = [".yaml", ".yml", ".json"];

    private readonly RenderClassifier _classifier;
    private readonly GitTrackedFiles _tracked = new();
    private readonly List<InputFile> _files = [];
    private readonly List<InputError> _errors = [];
    private readonly Dictionary<string, string?> _chartRootCache = new(StringComparer.Ordinal);

    private readonly bool _trustGitIgnore;

    private FileDiscovery(RenderPlan plan, bool trustGitIgnore)
    {
        _classifier = new RenderClassifier(plan);
        _trustGitIgnore = trustGitIgnore;
    }

    public IReadOnlyList<InputFile> Files => _files;

    public IReadOnlyList<InputError> Errors => _errors;

    /// <summary>Charts and kustomizations that are not rendered, and why.</summary>
    public IReadOnlyList<LintNotice> Notices => _classifier.Notices;

    /// <summary>Folders of kustomize components, whose named files are linted through the kustomizations that use them.</summary>
    public IReadOnlySet<string> Components => _classifier.Components;

    /// <param name="paths">Files and folders to lint.</param>
    /// <param name="plan">How charts and kustomizations are rendered.</param>
    /// <param name="trustGitIgnore">
    /// Whether a <c>.gitignore</c> may skip a file git cannot vouch for (no git, or not a repository);
    /// false for a stranger's files, where only git's own answer that a file is untracked skips it.
    /// </param>
    public static FileDiscovery Discover(IEnumerable<string> paths, RenderPlan? plan = null, bool trustGitIgnore = true)
    {
        var discovery = new FileDiscovery(plan ?? RenderPlan.Disabled, trustGitIgnore);
        var index = 0;
        foreach (var path in paths)
        {
            var first = discovery._files.Count;
            var errorsBefore = discovery._errors.Count + discovery._classifier.Errors.Count;
            discovery.AddPath(path);
            discovery._files.AddRange(discovery._classifier.Jobs);
            discovery._classifier.Jobs.Clear();
            if (discovery._files.Count == first && discovery._errors.Count + discovery._classifier.Errors.Count == errorsBefore && Directory.Exists(path))
            {
                // A mistyped or empty path in CI must not pass as "nothing to report".
                discovery._errors.Add(InputError.ForWhole(path, "no YAML or JSON file here to lint"));
            }

            for (var i = first; i < discovery._files.Count; i++)
            {
                discovery._files[i] = discovery._files[i] with { PathIndex = index };
            }

            index++;
        }

        discovery._errors.AddRange(discovery._classifier.Errors);
        return discovery;
    }

    public static bool IsManifestFile(string path) =>
        ManifestExtensions.Any(ext => path.EndsWith(ext, StringComparison.OrdinalIgnoreCase));

    private void AddPath(string path)
    {
        if (File.Exists(path))
        {
            AddFile(path, Path.GetFullPath(path), isExplicit: true, consumedBy: null);
        }
        else if (Directory.Exists(path))
        {
            var root = Path.GetFullPath(path);
            var walk = new Walk(root, AncestorIgnores(root), new HashSet<string>(StringComparer.Ordinal), Chart: null);
            WalkDirectory(path, root, RealPath.Of(root), walk);
        }
        else
        {
            _errors.Add(InputError.ForWhole(path, "no such file or directory"));
        }
    }

    /// <param name="displayPath">The folder as the user's paths name it.</param>
    /// <param name="fullPath">Its full path.</param>
    /// <param name="realPath">Its path with every link resolved (the parent's real path and its name, unless it is itself a link): a folder reached twice is walked once.</param>
    /// <param name="walk">What the walk carries down.</param>
    private void WalkDirectory(string displayPath, string fullPath, string realPath, Walk walk)
    {
        if (!walk.Visited.Add(realPath))
        {
            return;
        }

        // Listed first: a name the listing lacks (in any case, for case-insensitive file systems) is not asked for again.
        DirectoryEntry[]? entries = null;
        string? listingError = null;
        try
        {
            entries = DirectoryEntry.Of(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            listingError = e.Message;
        }

        bool MayHold(IReadOnlyList<string> names) =>
            entries is null || Array.Exists(entries, e => names.Any(n => string.Equals(e.Name, n, StringComparison.OrdinalIgnoreCase)));

        if (MayHold(GitIgnoreNames) && GitIgnoreFile.Load(fullPath) is { } local)
        {
            walk = walk with { Ignores = [.. walk.Ignores, local] };
        }

        var folder = _classifier.Classify(displayPath.Replace('\\', '/'), fullPath, walk.Root, walk.Chart, MayHold(RenderClassifier.RenderFileNames));
        walk = walk with
        {
            Chart = folder.Chart,
            Kustomizations = folder.Kustomization is { } plan ? [.. walk.Kustomizations, (fullPath, plan)] : walk.Kustomizations,
        };

        if (entries is null)
        {
            _errors.Add(InputError.ForWhole(displayPath, $"cannot read directory: {listingError}"));
            return;
        }

        foreach (var entry in entries)
        {
            var childDisplay = JoinDisplay(displayPath, entry.Name);
            var isDirectory = IsDirectory(entry);
            if (entry.Name == ".git" || (IsIgnored(walk.Ignores, entry.FullName, isDirectory) && SkipsIgnored(entry.FullName)))
            {
                continue;
            }

            if (entry.IsLink && !LinkStaysInside(entry.FullName, walk.Root))
            {
                continue;
            }

            if (isDirectory)
            {
                if (!folder.SkippedFolders.Contains(entry.Name))
                {
                    WalkDirectory(childDisplay, entry.FullName, entry.IsLink ? RealPath.Of(entry.FullName) : Path.Combine(realPath, entry.Name), walk);
                }
            }
            else if (IsManifestFile(entry.Name) && entry.Name != Configuration.ConfigLoader.FileName)
            {
                AddFile(childDisplay, entry.FullName, isExplicit: false, ConsumerOf(entry.FullName, walk), entry.Length);
            }
        }
    }

    /// <summary>
    /// The nearest kustomization above the file (or beside it) that names it as a resource, patch or
    /// input: its build stands for the file. A kustomization elsewhere (<c>../deploy/x.yaml</c>) does
    /// not, so a decoy next to the repository's files cannot take their place.
    /// </summary>
    private static string? ConsumerOf(string file, Walk walk)
    {
        for (var i = walk.Kustomizations.Count - 1; i >= 0; i--)
        {
            if (walk.Kustomizations[i].Plan.OwnFiles.Contains(file))
            {
                return walk.Kustomizations[i].Folder;
            }
        }

        return null;
    }

    /// <summary>Whether a path that .gitignore names is skipped: not when git tracks it, and, for a stranger's files, only when git says it is untracked.</summary>
    private bool SkipsIgnored(string fullPath) => _tracked.Keeps(fullPath) switch
    {
        true => false,
        false => true,
        null => _trustGitIgnore,
    };

    /// <summary>Adds a file to lint.</summary>
    /// <param name="displayPath">The file as the user's paths name it.</param>
    /// <param name="fullPath">Its full path.</param>
    /// <param name="isExplicit">Named by the user rather than found in a folder.</param>
    /// <param name="consumedBy">The kustomization folder whose build stands for it, if any.</param>
    /// <param name="knownLength">The size the directory listing gave, or -1 to ask.</param>
    private void AddFile(string displayPath, string fullPath, bool isExplicit, string? consumedBy, long knownLength = -1)
    {
        var length = Math.Max(knownLength, 0);
        if (knownLength < 0)
        {
            try
            {
                length = new FileInfo(fullPath).Length;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The reader reports the file as unreadable.
            }
        }

        var display = Yaml.Utf16Text.Repair(displayPath.Replace('\\', '/'));
        _files.Add(new InputFile(display, fullPath, length, ChartRootOf(fullPath)) { IsExplicit = isExplicit, ConsumedBy = consumedBy });
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
            if (Path.GetFileName(current) == "templates" && parent is not null && HelmChart.IsChart(parent))
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

    private static bool LinkStaysInside(string link, string root)
    {
        try
        {
            var target = new FileInfo(link).ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !target.Exists)
            {
                return false;
            }

            var resolved = RealPath.Of(target.FullName);
            return RealPath.IsInside(resolved, root) || RealPath.IsInside(resolved, RealPath.Of(root));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static readonly string[] GitIgnoreNames = [".gitignore"];

    private static bool IsDirectory(DirectoryEntry entry) =>
        entry.IsDirectory || (entry.IsLink && Directory.Exists(entry.FullName));

    private static string JoinDisplay(string directory, string name) =>
        directory.EndsWith('/') || directory.EndsWith('\\') ? directory + name : directory + "/" + name;

    /// <summary>What a walk carries down: its root, the .gitignore files in force, the folders seen, and the chart it is inside.</summary>
    private sealed record Walk(string Root, List<GitIgnoreFile> Ignores, HashSet<string> Visited, ChartContext? Chart)
    {
        /// <summary>The kustomization folders above (and at) the folder walked, nearest last, with what they read.</summary>
        public IReadOnlyList<(string Folder, KustomizationPlan Plan)> Kustomizations { get; init; } = [];
    }
}
