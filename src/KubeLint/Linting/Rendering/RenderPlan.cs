namespace KubeLint.Linting.Rendering;

/// <summary>The renderers one run uses, looked up once: what discovery turns chart and kustomization folders into.</summary>
internal sealed class RenderPlan
{
    private RenderPlan(RenderOptions options, string? helm, string? kustomize)
    {
        Options = options;
        Helm = helm;
        Kustomize = kustomize;
    }

    public static RenderPlan Disabled { get; } = new(new RenderOptions { Enabled = false }, null, null);

    public RenderOptions Options { get; }

    /// <summary>The helm binary, or null when there is none.</summary>
    public string? Helm { get; }

    /// <summary>The kubectl or kustomize binary, or null when there is neither.</summary>
    public string? Kustomize { get; }

    public bool Enabled => Options.Enabled;

    /// <summary>A plan with the given renderers, whatever PATH holds.</summary>
    public static RenderPlan With(RenderOptions options, string? helm, string? kustomize) => new(options, helm, kustomize);

    public static RenderPlan For(RenderOptions? options)
    {
        if (options is null || !options.Enabled)
        {
            return Disabled;
        }

        return new RenderPlan(
            options,
            options.HelmPath ?? ExternalTool.Find("helm"),
            options.KustomizePath ?? ExternalTool.Find("kubectl") ?? ExternalTool.Find("kustomize"));
    }
}
