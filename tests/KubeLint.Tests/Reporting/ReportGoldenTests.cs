using KubeLint.Linting;
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
        CurrentDirectory.With(RepositoryPaths.Root, () => new Linter().Lint(new LintRequest { Paths = ["samples/"] }));

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

    [TestCaseSource(nameof(Formats))]
    public void Samples_report_matches_the_golden_file(ReportFormat format, string golden) =>
        Golden.Verify(Path.Combine(RepositoryPaths.TestData, "Reporting", "Golden", golden), Render(format, LintSamples()));
}
