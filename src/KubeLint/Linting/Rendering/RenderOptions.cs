namespace KubeLint.Linting.Rendering;

/// <summary>
/// How Helm charts and kustomizations found among the linted directories are rendered: with the
/// user's own <c>helm</c> and <c>kubectl</c>/<c>kustomize</c>, offline, never fetching anything.
/// </summary>
public sealed record RenderOptions
{
    /// <summary>Render charts and kustomizations (false lints their files as they are).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>The helm binary; null looks for <c>helm</c> on PATH.</summary>
    public string? HelmPath { get; init; }

    /// <summary>The kustomize renderer (<c>kubectl</c> or <c>kustomize</c>); null looks for either on PATH.</summary>
    public string? KustomizePath { get; init; }

    /// <summary>Values files passed to every <c>helm template</c> (<c>--values</c>).</summary>
    public IReadOnlyList<string> HelmValues { get; init; } = [];

    /// <summary>Values passed to every <c>helm template</c> (<c>--set name=value</c>).</summary>
    public IReadOnlyList<string> HelmSet { get; init; } = [];

    /// <summary>The release name charts are rendered with.</summary>
    public string ReleaseName { get; init; } = "release-name";

    /// <summary>Render the CRDs of charts too (<c>--include-crds</c>).</summary>
    public bool IncludeCrds { get; init; }

    /// <summary>How long one render may take before it is stopped and reported.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The address space a renderer may use, in bytes (Linux, with prlimit); 0 sets no cap.</summary>
    public long MaxRendererMemory { get; init; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Run renderers in a network namespace of their own, with no network at all (Linux, where user namespaces are allowed).</summary>
    public bool IsolateNetwork { get; init; } = true;
}
