namespace KubeLint.Linting.Discovery;

/// <summary>A file to lint: the name shown to the user, where to read it, and whether it sits in a chart's templates.</summary>
/// <param name="DisplayPath">The path as the user gave it, joined with the found file's relative path ('/' separators).</param>
/// <param name="FullPath">The absolute path, or null for in-memory text.</param>
/// <param name="Length">Its size in bytes (for scheduling).</param>
/// <param name="ChartRoot">The chart folder (holding Chart.yaml) whose <c>templates/</c> holds the file, or null.</param>
internal sealed record InputFile(string DisplayPath, string? FullPath, long Length, string? ChartRoot)
{
    /// <summary>The content, for inputs given in memory.</summary>
    public string? Text { get; init; }

    /// <summary>Named by the user rather than found in a directory: read even when it reports no length (a pipe).</summary>
    public bool IsExplicit { get; init; }

    /// <summary>For a chart or kustomization folder: how to render it (the input is its output).</summary>
    public Rendering.RenderJob? Render { get; init; }

    /// <summary>
    /// The kustomization folder whose own kustomization names this file; when that kustomization
    /// builds, the file is linted through the build only.
    /// </summary>
    public string? ConsumedBy { get; init; }

    /// <summary>Which of the request's paths the file was found under; -1 for text given in memory.</summary>
    public int PathIndex { get; init; } = -1;
}
