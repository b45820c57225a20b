using KubeLint.Linting.Rendering;

namespace KubeLint.Linting.Discovery;

/// <summary>The chart a folder belongs to, and whether helm renders it.</summary>
internal sealed record ChartContext(string Root, bool Rendered);

/// <summary>What a folder is to the walk: whether it starts a render, and which of its subfolders the render covers.</summary>
/// <param name="Chart">The chart the folder belongs to, if any.</param>
/// <param name="SkippedFolders">Subfolders whose files the render writes out (a chart's <c>templates</c>).</param>
/// <param name="Kustomization">For a kustomization that is built: what the build reads.</param>
internal sealed record FolderRole(ChartContext? Chart, IReadOnlySet<string> SkippedFolders, KustomizationPlan? Kustomization)
{
    public static FolderRole Plain { get; } = new(null, new HashSet<string>(), null);
}

/// <summary>
/// Decides, folder by folder, what is rendered: a chart folder with <c>helm template</c> (its
/// <c>templates/</c>, and <c>crds/</c> with <c>--include-crds</c>; its other files, which helm never
/// reads as manifests, are linted as they stand), every kustomization folder with kustomize, each on
/// its own even when another builds on it. A chart or kustomization that would read through a link
/// outside the repository is an input error; one with remote references is not built.
/// </summary>
internal sealed class RenderClassifier(RenderPlan plan)
{
    private readonly Dictionary<string, RenderBoundary> _boundaries = new(StringComparer.Ordinal);

    /// <summary>Rendering takes longer than reading: such inputs are scheduled as if they were this large.</summary>
    private const long RenderWeight = 1024 * 1024;

    public List<InputFile> Jobs { get; } = [];

    public List<InputError> Errors { get; } = [];

    public List<LintNotice> Notices { get; } = [];

    /// <summary>Folders of <c>kind: Component</c> kustomizations: the files they name are linted through the kustomizations that use them.</summary>
    public HashSet<string> Components { get; } = new(StringComparer.Ordinal);

    /// <param name="display">The folder as the user's paths name it.</param>
    /// <param name="fullPath">Its full path.</param>
    /// <param name="walkRoot">The folder the walk started from.</param>
    /// <param name="chart">The chart the folder's parent belongs to.</param>
    /// <param name="mayHoldRenderFile">False when the folder's listing holds no name a Chart.yaml or kustomization file could have: then the file system is not asked.</param>
    public FolderRole Classify(string display, string fullPath, string walkRoot, ChartContext? chart, bool mayHoldRenderFile = true)
    {
        if (!plan.Enabled)
        {
            return FolderRole.Plain;
        }

        var isChart = mayHoldRenderFile && HelmChart.IsChart(fullPath);
        if (chart is not null)
        {
            return isChart && chart.Rendered ? ChartFolders(chart) : FolderRole.Plain with { Chart = chart };
        }

        if (isChart)
        {
            return ClassifyChart(display, fullPath, walkRoot);
        }

        return !mayHoldRenderFile || Kustomization.FileIn(fullPath) is null ? FolderRole.Plain : ClassifyKustomization(display, fullPath, walkRoot);
    }

    /// <summary>The names whose presence makes a folder a chart or a kustomization.</summary>
    public static IReadOnlyList<string> RenderFileNames { get; } = [HelmChart.ChartFile, .. Kustomization.FileNames];

    private FolderRole ClassifyChart(string display, string fullPath, string walkRoot)
    {
        if (plan.Helm is not { } helm)
        {
            Notices.Add(new LintNotice(display, "Helm chart not rendered: helm is not on PATH (install it or pass --helm); its templates are not linted"));
            return FolderRole.Plain with { Chart = new ChartContext(fullPath, Rendered: false) };
        }

        if (BoundaryFor(fullPath, walkRoot).FirstEscapeUnder(fullPath) is { } escape)
        {
            Errors.Add(InputError.ForWhole(display, $"chart not rendered: the link {escape} leads outside the repository, and helm would read it"));
            return FolderRole.Plain with { Chart = new ChartContext(fullPath, Rendered: false) };
        }

        Jobs.Add(new InputFile(display, fullPath, RenderWeight, null) { Render = new RenderJob(RendererKind.Helm, fullPath, display, helm) });
        return ChartFolders(new ChartContext(fullPath, Rendered: true));
    }

    /// <summary>One boundary per repository, so the links under a folder are checked once per run.</summary>
    private RenderBoundary BoundaryFor(string folder, string walkRoot)
    {
        var root = RepositoryRoot.FindOrNull(folder) ?? walkRoot;
        if (!_boundaries.TryGetValue(root, out var boundary))
        {
            boundary = new RenderBoundary(root);
            _boundaries[root] = boundary;
        }

        return boundary;
    }

    private FolderRole ChartFolders(ChartContext chart)
    {
        var skipped = new HashSet<string>(StringComparer.Ordinal) { "templates" };
        if (plan.Options.IncludeCrds)
        {
            skipped.Add("crds");
        }

        return new FolderRole(chart, skipped, null);
    }

    private FolderRole ClassifyKustomization(string display, string fullPath, string walkRoot)
    {
        var kustomization = Kustomization.Analyse(fullPath, BoundaryFor(fullPath, walkRoot));
        if (kustomization.Remote is { Count: > 0 } remote)
        {
            Notices.Add(new LintNotice(display, $"kustomization not built: it refers to remote resources ({string.Join(", ", remote.Distinct().Take(3))}) and KubeLint never downloads; its files are linted as they are"));
            return FolderRole.Plain;
        }

        if (kustomization.Escape is { } escape)
        {
            Errors.Add(InputError.ForWhole(display, $"kustomization not built: {escape} leads outside the repository, and kustomize would read it; its files are linted as they are"));
            return FolderRole.Plain;
        }

        if (kustomization.IsComponent)
        {
            Components.Add(fullPath);
            return FolderRole.Plain with { Kustomization = kustomization };
        }

        if (plan.Kustomize is not { } kustomize)
        {
            Notices.Add(new LintNotice(display, "kustomization not built: neither kubectl nor kustomize is on PATH; its files are linted as they are"));
            return FolderRole.Plain;
        }

        var job = new RenderJob(RendererKind.Kustomize, fullPath, display, kustomize) { SourceFolders = [fullPath, .. kustomization.LocalFolders] };
        Jobs.Add(new InputFile(display, fullPath, RenderWeight, null) { Render = job });
        return FolderRole.Plain with { Kustomization = kustomization };
    }
}
