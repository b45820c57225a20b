using System.Text.Json;

namespace KubeLint.Linting.Rendering;

/// <summary>
/// Builds a kustomization with <c>kubectl kustomize</c> or <c>kustomize build</c>, in the
/// <see cref="RendererSandbox"/>, with kustomize's own load restrictor on. The build goes through a
/// throw-away kustomization that asks for origin annotations, so every object says which file it
/// came from; the user's files are never touched.
/// </summary>
internal static class KustomizeRenderer
{
    public static RenderOutput Render(RenderJob job, RenderOptions options, long maxOutputChars)
    {
        var wrapper = Path.Combine(Path.GetTempPath(), "kubelint-kustomize-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(wrapper);
            // A JSON string is a YAML double-quoted scalar: no folder name can end it and add fields.
            var target = JsonEncodedText.Encode(Path.GetRelativePath(wrapper, job.Directory).Replace('\\', '/')).ToString();
            File.WriteAllText(Path.Combine(wrapper, "kustomization.yaml"), $"resources:\n  - \"{target}\"\nbuildMetadata: [originAnnotations]\n");
            var isKubectl = Path.GetFileNameWithoutExtension(job.Program) == "kubectl";
            string[] arguments = isKubectl ? ["kustomize", wrapper] : ["build", wrapper];
            var run = RendererSandbox.Run(job.Program, arguments, wrapper, options, maxOutputChars);
            return run.ToRenderOutput("kustomize build", options.Timeout, maxOutputChars, KustomizeError.Describe(run.Error, wrapper, job.Directory, job.DisplayPath), wrapper);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new RenderOutput(null, $"cannot prepare the kustomize build: {e.Message}");
        }
        finally
        {
            RendererSandbox.TryDelete(wrapper);
        }
    }
}
