namespace KubeLint.Linting.Rendering;

/// <summary>
/// Builds a kustomization with <c>kubectl kustomize</c> or <c>kustomize build</c>, in the
/// <see cref="RendererSandbox"/>, with kustomize's own load restrictor on: exactly the build a user
/// runs, so its output is what <c>kubectl kustomize DIR | kubelint lint -</c> reads. (Origin
/// annotations would name each object's resource file, but they slow kustomize down by 40% on
/// builds with many patches; <see cref="Kustomize.KustomizeSourceFinder"/> finds the files itself.)
/// </summary>
internal static class KustomizeRenderer
{
    public static RenderCommand CommandFor(RenderJob job, RenderOptions options, long maxOutputChars)
    {
        var isKubectl = Path.GetFileNameWithoutExtension(job.Program) == "kubectl";
        string[] arguments = isKubectl ? ["kustomize", job.Directory] : ["build", job.Directory];
        return new RenderCommand(job.Program, arguments, job.Directory, options, maxOutputChars);
    }

    /// <summary>Builds the kustomization, taking the run <paramref name="headStart"/> began if it is this very command.</summary>
    public static RenderOutput Render(RenderJob job, RenderOptions options, long maxOutputChars, RenderHeadStart? headStart = null)
    {
        var run = CommandFor(job, options, maxOutputChars).TakeOrRun(headStart);
        return run.ToRenderOutput("kustomize build", options.Timeout, maxOutputChars, KustomizeError.Describe(run.Error, job.Directory, job.DisplayPath));
    }
}
