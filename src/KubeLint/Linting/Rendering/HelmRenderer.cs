namespace KubeLint.Linting.Rendering;

/// <summary>
/// Renders a chart with <c>helm template</c>, from what the chart folder holds only, in the
/// <see cref="RendererSandbox"/>, without schema validation (whose <c>$ref</c>s helm would fetch).
/// </summary>
internal static class HelmRenderer
{
    public static RenderCommand CommandFor(RenderJob job, RenderOptions options, string releaseNamespace, long maxOutputChars)
    {
        // Schema validation would follow $ref URLs in the chart's values.schema.json.
        List<string> arguments = ["template", options.ReleaseName, job.Directory, "--namespace", releaseNamespace, "--skip-schema-validation"];
        if (options.IncludeCrds)
        {
            arguments.Add("--include-crds");
        }

        foreach (var values in options.HelmValues)
        {
            arguments.AddRange(["--values", Path.GetFullPath(values)]);
        }

        foreach (var setting in options.HelmSet)
        {
            arguments.AddRange(["--set", setting]);
        }

        return new RenderCommand(job.Program, arguments, job.Directory, options, maxOutputChars);
    }

    /// <summary>Renders the chart, taking the run <paramref name="headStart"/> began if it is this very command.</summary>
    public static RenderOutput Render(RenderJob job, RenderOptions options, string releaseNamespace, long maxOutputChars, RenderHeadStart? headStart = null)
    {
        var run = CommandFor(job, options, releaseNamespace, maxOutputChars).TakeOrRun(headStart);
        // helm refuses a chart whose dependencies are missing; say which and how to fetch them (checked only then: reading Chart.yaml first would delay every render).
        if (run.ExitCode != 0 && !run.TimedOut && HelmChart.Read(job.Directory).MissingDependencies() is { Count: > 0 } missing)
        {
            return new RenderOutput(null, $"cannot render the chart: dependencies missing from charts/: {string.Join(", ", missing)} (run `helm dependency build`; KubeLint never downloads)");
        }

        var error = run.Error.Contains("unknown flag: --skip-schema-validation", StringComparison.Ordinal)
            ? "this helm is older than 3.16 and cannot skip values.schema.json validation, which may fetch $ref URLs; use helm 3.16 or newer"
            : run.FirstErrorLine;
        return run.ToRenderOutput("helm template", options.Timeout, maxOutputChars, error);
    }
}
