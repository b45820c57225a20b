using KubeLint.Linting.Rendering.Kustomize;
using KubeLint.Linting.Rendering.Templates;
using KubeLint.Manifests;
using KubeLint.Rules;
using KubeLint.Yaml;

namespace KubeLint.Linting.Rendering;

/// <summary>
/// A rendered chart or kustomization, and the way back from its output to the files it was made
/// from: Helm's <c># Source:</c> comments and the template lines that wrote each rendered line; the
/// resources and patches of the kustomizations a build reads, and the node path.
/// </summary>
/// <param name="job">The render.</param>
/// <param name="renderedText">The rendered output, aligned with Helm's templates or read back for kustomize's sources when a finding needs it.</param>
/// <param name="sources">The files it was made from.</param>
internal sealed class RenderedSource(RenderJob job, string? renderedText, RenderSources sources)
{
    private TemplateLocator? _locator;
    private volatile bool _stopAhead;
    private Task? _ahead;
    private KustomizeSourceFinder? _kustomize;
    private string[]? _lines;

    public RenderJob Job => job;

    /// <summary>
    /// Starts aligning a Helm render's documents with their templates on another thread, while the
    /// rules run on the output; <see cref="StopAligningAhead"/> ends it before findings are relocated.
    /// </summary>
    public void AlignAhead()
    {
        if (job.Kind != RendererKind.Helm || _ahead is not null || Locator() is not { } locator)
        {
            return;
        }

        // A thread of its own: the first work item of the thread pool would wait for the pool to start its threads.
        _ahead = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    locator.AlignAhead(TemplateFileOf, () => _stopAhead);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // Aligning ahead only saves time: a finding that needs what failed here asks again, in the run's own error handling.
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
    }

    /// <summary>Stops aligning ahead and waits for the document being aligned; what was aligned is kept, the rest is aligned when asked.</summary>
    public void StopAligningAhead()
    {
        if (_ahead is null)
        {
            return;
        }

        _stopAhead = true;
        _ahead.Wait(CancellationToken.None);
        _ahead = null;
    }

    /// <summary>The finding moved to its source file, keeping the rendered position beside it.</summary>
    public Finding Relocate(Finding finding)
    {
        var rendered = new RenderedLocation(job.DisplayPath, job.Description, finding.Location.Start, finding.Location.End);
        try
        {
            return Relocate(finding, rendered);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Sources KubeLint cannot follow must not cost the finding: it stays on the rendered output.
            return finding with { Rendered = rendered };
        }
    }

    private Finding Relocate(Finding finding, RenderedLocation rendered)
    {
        var steps = NodePath.Parse(finding.Path);
        if (job.Kind == RendererKind.Helm)
        {
            var (span, named) = InTemplate(finding, steps);
            return span is { } at ? finding with { Location = at, Rendered = rendered, NamedTemplate = named } : finding with { Rendered = rendered };
        }

        return InKustomizeSources(finding, steps) is { } source ? finding with { Location = source, Rendered = rendered } : finding with { Rendered = rendered };
    }

    private (SourceSpan? At, NamedTemplateLocation? Named) InTemplate(Finding finding, IReadOnlyList<PathStep> steps)
    {
        if (finding.HelmSource is null || TemplateFileOf(finding.HelmSource) is not { } file)
        {
            return (null, null);
        }

        if (Locator()?.Locate(finding.Location.Start.Line, finding.Location.Start.Column, file) is { } hit)
        {
            var named = hit is { NamedTemplate: { } name, InNamedTemplate: { } inside } ? new NamedTemplateLocation(name, Span(inside)) : null;
            return (Span(hit.At), named);
        }

        return sources.Text(file) is { } template && TemplateLineFinder.Find(template, steps) is { } range
            ? (new SourceSpan(Display(file), range.Start, range.End), null)
            : (null, null);
    }

    /// <summary>The full path of the template file a <c># Source:</c> path (<c>chart/templates/x.yaml</c>) names, or null.</summary>
    private string? TemplateFileOf(string helmSource)
    {
        var slash = helmSource.IndexOf('/', StringComparison.Ordinal);
        var relative = helmSource[(slash + 1)..];
        return slash < 0 || Path.IsPathRooted(relative) || sources.TemplateFile(relative) is not { } found ? null : Path.GetFullPath(found);
    }

    private SourceSpan Span(TemplatePlace place) =>
        new(Display(place.File), new SourcePosition(place.Line, place.Column, 0), new SourcePosition(place.Line, place.EndColumn, 0));

    private TemplateLocator? Locator() =>
        _locator ??= RenderedLines() is { } lines ? new TemplateLocator(lines, sources.Templates) : null;

    private string[]? RenderedLines() => _lines ??= renderedText?.Split('\n');

    private SourceSpan? InKustomizeSources(Finding finding, IReadOnlyList<PathStep> steps)
    {
        if (RenderedLines() is not { } lines)
        {
            return null;
        }

        _kustomize ??= new KustomizeSourceFinder(sources.Kustomize, lines);
        if (_kustomize.Find(finding.Object, steps, finding.Location.Start.Line) is not { } found)
        {
            return null;
        }

        var (start, end) = found.Range;
        return new SourceSpan(Display(found.File), start, end);
    }

    private string Display(string file)
    {
        var inside = Path.GetRelativePath(job.Directory, file);
        if (!inside.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(inside))
        {
            return (job.DisplayPath.TrimEnd('/') + "/" + inside).Replace('\\', '/');
        }

        var fromHere = Path.GetRelativePath(Environment.CurrentDirectory, file);
        return (Path.IsPathRooted(job.DisplayPath) || fromHere.StartsWith("..", StringComparison.Ordinal) ? file : fromHere).Replace('\\', '/');
    }
}
