using KubeLint.Linting.Discovery;
using KubeLint.Linting.Rendering.Kustomize;
using KubeLint.Linting.Rendering.Templates;

namespace KubeLint.Linting.Rendering;

/// <summary>
/// The files a render was made from, read only inside its source folders: a chart's templates, or a
/// kustomization's layers, resources and patches. <see cref="ReadWhileRendering"/> reads and parses
/// them on another thread while the renderer runs, so that locating findings afterwards costs
/// little more than the lookups (a shell pipe overlaps the linter's start with the renderer in the
/// same way).
/// </summary>
internal sealed class RenderSources
{
    private const int MaxTemplateFiles = 10_000;

    private readonly Dictionary<string, string?> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _templateFiles = new(StringComparer.Ordinal);
    private volatile bool _renderFailed;
    private Task? _reading;

    public RenderSources(RenderJob job)
    {
        Job = job;
        Templates = new ChartTemplates(Text, TemplateFiles);
        Kustomize = new KustomizeSources(job.Directory, Text);
    }

    public RenderJob Job { get; }

    public ChartTemplates Templates { get; }

    public KustomizeSources Kustomize { get; }

    /// <summary>Starts reading the sources on another thread, once; a render started early starts it early too.</summary>
    public void StartReading() =>
        _reading ??= Task.Factory.StartNew(() => Read(() => _renderFailed), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>
    /// Runs <paramref name="render"/> while the sources are read on another thread, and returns its
    /// output once both are done (the reading stops early when rendering failed).
    /// </summary>
    public RenderOutput ReadWhileRendering(Func<RenderOutput> render)
    {
        StartReading();
        try
        {
            var output = render();
            if (output.Text is null)
            {
                _renderFailed = true;
            }

            return output;
        }
        catch
        {
            _renderFailed = true;
            throw;
        }
        finally
        {
            _reading!.Wait(CancellationToken.None);
        }
    }

    /// <summary>A source file's text; null for a file outside the render's source folders, or one that is not a regular file.</summary>
    public string? Text(string file)
    {
        if (!_texts.TryGetValue(file, out var text))
        {
            var real = RealPath.Of(file);
            text = Job.SourceFolders.Any(folder => RealPath.IsInside(real, RealPath.Of(folder))) ? BoundedFile.ReadText(file) : null;
            _texts[file] = text;
        }

        return text;
    }

    /// <summary>The template file a <c># Source:</c> path below the chart names (<see cref="HelmChart.TemplateFile"/>), resolved once per path: subchart aliases cost a read of Chart.yaml files.</summary>
    public string? TemplateFile(string pathBelowChart)
    {
        if (!_templateFiles.TryGetValue(pathBelowChart, out var file))
        {
            file = HelmChart.TemplateFile(Job.Directory, pathBelowChart);
            _templateFiles[pathBelowChart] = file;
        }

        return file;
    }

    private void Read(Func<bool> stop)
    {
        try
        {
            if (Job.Kind == RendererKind.Helm)
            {
                Templates.LoadAll(stop);
            }
            else
            {
                Kustomize.Preload(stop);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Reading ahead is only a head start: a lookup that needs the file reads it again and copes, and a failure must not cost the render.
        }
    }

    /// <summary>The files of the chart's and its subcharts' <c>templates/</c> folders, where named templates are defined; links are not followed.</summary>
    private IEnumerable<string> TemplateFiles()
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
        var separator = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(Job.Directory, "*", options)
            .Where(f => f.Contains($"{separator}templates{separator}", StringComparison.Ordinal))
            .Take(MaxTemplateFiles)
            .Order(StringComparer.Ordinal);
    }
}
