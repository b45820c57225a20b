using KubeLint.Manifests;
using KubeLint.Rules;
using KubeLint.Yaml;

namespace KubeLint.Linting.Rendering;

/// <summary>
/// A rendered chart or kustomization, and the way back from its output to the files it was made
/// from: Helm's <c># Source:</c> comments, kustomize's origin annotations, then the node path.
/// </summary>
internal sealed class RenderedSource(RenderJob job, string? originBase)
{
    public const string OriginAnnotation = "config.kubernetes.io/origin";

    private readonly Dictionary<ObjectRef, string> _origins = [];
    private readonly Dictionary<string, string?> _texts = new(StringComparer.Ordinal);

    public RenderJob Job => job;

    /// <summary>Remembers where kustomize says an object came from (while its tree is in memory).</summary>
    public void RecordOrigin(K8sObject obj)
    {
        if (originBase is not null && obj.Annotations.TryGetValue(OriginAnnotation, out var origin))
        {
            var line = origin.Split('\n').FirstOrDefault(l => l.StartsWith("path:", StringComparison.Ordinal));
            if (line is not null)
            {
                _origins[obj.Ref] = Path.GetFullPath(Path.Combine(originBase, line["path:".Length..].Trim()));
            }
        }
    }

    /// <summary>The finding moved to its source file, keeping the rendered position beside it.</summary>
    public Finding Relocate(Finding finding)
    {
        var rendered = new RenderedLocation(job.DisplayPath, job.Description, finding.Location.Start, finding.Location.End);
        var steps = NodePath.Parse(finding.Path);
        var source = job.Kind == RendererKind.Helm ? InTemplate(finding, steps) : InKustomizeSources(finding, steps);
        return source is { } span ? finding with { Location = span, Rendered = rendered } : finding with { Rendered = rendered };
    }

    private SourceSpan? InTemplate(Finding finding, IReadOnlyList<PathStep> steps)
    {
        var slash = finding.HelmSource?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (slash < 0)
        {
            return null;
        }

        var relative = finding.HelmSource![(slash + 1)..];
        if (Path.IsPathRooted(relative))
        {
            return null;
        }

        var file = Path.GetFullPath(Path.Combine(job.Directory, relative));
        return Text(file) is { } template && TemplateLineFinder.Find(template, steps) is { } range
            ? new SourceSpan(Display(file), range.Start, range.End)
            : null;
    }

    private SourceSpan? InKustomizeSources(Finding finding, IReadOnlyList<PathStep> steps)
    {
        if (!_origins.TryGetValue(finding.Object, out var origin))
        {
            return null;
        }

        (string File, YamlNode Node, int Depth)? best = null;
        foreach (var candidate in Candidates(origin))
        {
            if (Text(candidate) is { } text
                && YamlSourceFinder.Find(text, finding.Object.Kind, finding.Object.Name, steps) is { } hit
                && (best is null || hit.Depth > best.Value.Depth))
            {
                best = (candidate, hit.Node, hit.Depth);
            }
        }

        if (best is not { } found)
        {
            return null;
        }

        var (start, end) = found.Node.FindingRange;
        return new SourceSpan(Display(found.File), start, end);
    }

    /// <summary>The origin file first, then the other YAML files of the kustomization and of those it builds on (patches, components).</summary>
    private IEnumerable<string> Candidates(string origin)
    {
        yield return origin;
        foreach (var folder in job.SourceFolders)
        {
            string[] files;
            try
            {
                files = [.. Directory.EnumerateFiles(folder).Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var file in files.Where(f => f != origin && Kustomization.FileIn(folder) != f))
            {
                yield return file;
            }
        }
    }

    /// <summary>A source file's text; null for a file outside the render's source folders, or one that is not a regular file.</summary>
    private string? Text(string file)
    {
        if (!_texts.TryGetValue(file, out var text))
        {
            var real = Inputs.RealPath.Of(file);
            text = job.SourceFolders.Any(folder => Inputs.RealPath.IsInside(real, Inputs.RealPath.Of(folder))) ? Inputs.BoundedFile.ReadText(file) : null;
            _texts[file] = text;
        }

        return text;
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
