namespace KubeLint.Linting.Rendering;

/// <summary>What renders a chart or kustomization folder.</summary>
internal enum RendererKind
{
    Helm,
    Kustomize,
}

/// <summary>A chart or kustomization to render, found while walking the linted folders.</summary>
/// <param name="Kind">Helm or kustomize.</param>
/// <param name="Directory">The folder, as a full path.</param>
/// <param name="DisplayPath">The folder as the user's paths name it.</param>
/// <param name="Program">The helm, kubectl or kustomize binary.</param>
internal sealed record RenderJob(RendererKind Kind, string Directory, string DisplayPath, string Program)
{
    /// <summary>
    /// The folders the render reads its sources from (the chart; the kustomization and those it builds
    /// on): findings are moved back only to files inside them, whatever a <c># Source:</c> comment in
    /// the output or a kustomization's resource and patch lists name.
    /// </summary>
    public IReadOnlyList<string> SourceFolders { get; init; } = [Directory];

    /// <summary>How the output is described in messages and reports, e.g. <c>helm template samples/charts/web</c>.</summary>
    public string Description => Kind == RendererKind.Helm ? $"helm template {DisplayPath}" : $"kustomize build {DisplayPath}";
}

/// <summary>The rendered manifests, or why there are none.</summary>
/// <param name="Text">The rendered YAML stream.</param>
/// <param name="Error">Why rendering failed.</param>
internal sealed record RenderOutput(string? Text, string? Error);
