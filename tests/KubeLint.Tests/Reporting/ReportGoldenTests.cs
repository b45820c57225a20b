using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
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
        Golden.Verify(GoldenPath(golden), WithoutRuleCatalogue(format, Render(format, LintSamples())));

    /// <summary>
    /// The rule metadata SARIF carries (every rule's full documentation) is checked here once, so a new
    /// rule or a reworded page changes this file only, not every SARIF golden.
    /// </summary>
    [Test]
    public void Sarif_rule_catalogue_matches_the_golden_file()
    {
        var sarif = JsonNode.Parse(Render(ReportFormat.Sarif, LintSamples()))!;
        Golden.Verify(GoldenPath("sarif-rules.json"), sarif["runs"]![0]!["tool"]!["driver"]!["rules"]!.ToJsonString(Indented));
    }

    [TestCase(ReportFormat.Text, "rendered-samples.txt")]
    [TestCase(ReportFormat.Json, "rendered-samples.json")]
    [TestCase(ReportFormat.Sarif, "rendered-samples.sarif")]
    public void Rendered_samples_report_both_locations(ReportFormat format, string golden) =>
        Golden.Verify(GoldenPath(golden), WithoutRuleCatalogue(format, Render(format, LintRenderedSamples())));

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string GoldenPath(string golden) => Path.Combine(RepositoryPaths.TestData, "Reporting", "Golden", golden);

    /// <summary>
    /// A SARIF report without its rule catalogue (which has a golden file of its own): each result's
    /// <c>ruleIndex</c> is checked to point at its rule and then left out, so adding a rule changes
    /// no report golden. Other formats as they are.
    /// </summary>
    private static string WithoutRuleCatalogue(ReportFormat format, string report)
    {
        if (format != ReportFormat.Sarif)
        {
            return report;
        }

        var sarif = JsonNode.Parse(report)!;
        var run = sarif["runs"]![0]!;
        var driver = run["tool"]!["driver"]!.AsObject();
        var ids = driver["rules"]!.AsArray().Select(rule => rule!["id"]!.GetValue<string>()).ToList();
        foreach (var result in run["results"]!.AsArray().Select(r => r!.AsObject()))
        {
            Assert.That(ids[result["ruleIndex"]!.GetValue<int>()], Is.EqualTo(result["ruleId"]!.GetValue<string>()), "ruleIndex points at the result's rule");
            result.Remove("ruleIndex");
        }

        driver.Remove("rules");
        return sarif.ToJsonString(Indented);
    }
}
