namespace KubeLint.Linting.Rendering;

/// <summary>Renders a chart with <c>helm template</c>, from what the chart folder holds only.</summary>
internal static class HelmRenderer
{
    public static RenderOutput Render(RenderJob job, RenderOptions options, string releaseNamespace, long maxOutputChars)
    {
        var chart = HelmChart.Read(job.Directory);
        if (chart.MissingDependencies() is { Count: > 0 } missing)
        {
            return new RenderOutput(null, $"cannot render the chart: dependencies missing from charts/: {string.Join(", ", missing)} (run `helm dependency build`; KubeLint never downloads)");
        }

        List<string> arguments = ["template", options.ReleaseName, job.Directory, "--namespace", releaseNamespace];
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

        var run = ExternalTool.Run(job.Program, arguments, job.Directory, options.Timeout, maxOutputChars);
        return run.ToRenderOutput("helm template", options.Timeout, maxOutputChars, run.FirstErrorLine);
    }
}
