using KubeLint.Linting;
using KubeLint.Linting.Rendering;
using KubeLint.Reporting;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Reporting;

/// <summary>Every report format on samples/, compared with reviewed golden files.</summary>
[NonParallelizable]
public class ReportGoldenTests
{
    public static IEnumerable<TestCaseData> Formats() =>
    [
        new TestCaseData(ReportFormat.Text, "samples.txt"),
        new TestCaseData(ReportFormat.Json, "samples.json"),
        new TestCaseData(ReportFormat.Sarif, "samples.sarif"),
        new TestCaseData(ReportFormat.Junit, "samples.junit.xml"),
        new TestCaseData(ReportFormat.Github, "samples.github.txt"),
        new TestCaseData(ReportFormat.Markdown, "samples.md"),
    ];

    internal static LintResult LintSamples() =>
        CurrentDirectory.With(RepositoryPaths.Root, () => new Linter().Lint(new LintRequest { Paths = ["samples/"], Render = new RenderOptions { Enabled = false } }));

    internal static string Render(ReportFormat format, LintResult result)
    {
        var writer = new StringWriter();
        CurrentDirectory.With(RepositoryPaths.Root, () =>
        {
            ReportFormats.WriterFor(format, new ReportOptions(RepositoryPaths.Root)).Write(result, writer);
            return 0;
        });
        return writer.ToString();
    }

    /// <summary>The sample chart (with the values file that turns debugging on) and kustomization, rendered with the real tools.</summary>
    internal static LintResult LintRenderedSamples()
    {
        var render = new RenderOptions
        {
            HelmPath = RenderTools.RequireHelm(),
            KustomizePath = RenderTools.RequireKustomize(),
            HelmValues = [Path.Combine(RepositoryPaths.Samples, "charts", "web-app", "ci", "debug-values.yaml")],
        };
        return CurrentDirectory.With(RepositoryPaths.Root, () =>
            new Linter().Lint(new LintRequest { Paths = ["samples/charts", "samples/kustomize"], Render = render, UseConfigFiles = false }));
    }

    [TestCaseSource(nameof(Formats))]
    public void Samples_report_matches_the_golden_file(ReportFormat format, string golden) =>
        Golden.Verify(Path.Combine(RepositoryPaths.TestData, "Reporting", "Golden", golden), Render(format, LintSamples()));

    [TestCase(ReportFormat.Text, "rendered-samples.txt")]
    [TestCase(ReportFormat.Json, "rendered-samples.json")]
    [TestCase(ReportFormat.Sarif, "rendered-samples.sarif")]
    public void Rendered_samples_report_both_locations(ReportFormat format, string golden) =>
        Golden.Verify(Path.Combine(RepositoryPaths.TestData, "Reporting", "Golden", golden), Render(format, LintRenderedSamples()));
}
