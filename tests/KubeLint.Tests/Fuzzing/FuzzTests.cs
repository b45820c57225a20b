using CsCheck;
using KubeLint.Linting;
using KubeLint.Reporting;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Fuzzing;

/// <summary>
/// Property-based fuzzing of the whole linter on generated hostile YAML. It runs for
/// KUBELINT_FUZZ_SECONDS (default 10; .ci/run gives it more) and fails with a shrunk, reproducible
/// input (its seed is printed) when anything escapes the linter or a report writer, or a rule fails
/// internally.
/// Inputs that once failed are kept in Regressions/ and linted by every test run.
/// </summary>
[Category("Fuzz")]
public class FuzzTests
{
    private static int Seconds =>
        int.TryParse(Environment.GetEnvironmentVariable("KUBELINT_FUZZ_SECONDS"), out var seconds) && seconds > 0 ? seconds : 10;

    private static void AssertLintsCleanly(string text)
    {
        var lines = text.Split('\n').Length + 1;
        var result = new Linter().LintText(text, "fuzz.yaml");
        var internalFailures = result.Errors.Where(e => e.IsInternalFailure).Select(e => e.Message).ToList();
        if (internalFailures.Count > 0)
        {
            throw new InvalidOperationException("internal failure: " + string.Join("; ", internalFailures));
        }

        if (result.Errors.Any(e => e.Line < 1 || e.Column < 1 || e.Line > lines)
            || result.Findings.Any(f => f.Location.Start.Line < 1 || f.Location.Start.Column < 1 || f.Location.Start.Line > lines))
        {
            throw new InvalidOperationException("a position outside the input");
        }

        // Writing every report (SARIF lists every rule) costs more than linting: do it for a quarter
        // of the inputs, chosen by the input so that a failing seed reproduces.
        if (text.Length % 4 != 0)
        {
            return;
        }

        foreach (var format in Enum.GetValues<ReportFormat>())
        {
            ReportFormats.WriterFor(format, new ReportOptions(Environment.CurrentDirectory)).Write(result, TextWriter.Null);
        }
    }

    [Test]
    public void Nothing_escapes_the_linter_for_generated_hostile_yaml()
    {
        var summary = string.Empty;
        YamlFuzzGen.Manifest.Sample(AssertLintsCleanly, writeLine: line => summary = line, time: Seconds);
        TestContext.Out.WriteLine($"fuzz: {summary}");
    }

    public static IEnumerable<TestCaseData> Regressions() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.TestData, "Fuzzing", "Regressions"))
            .Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(f).SetArgDisplayNames(Path.GetFileName(f)));

    [TestCaseSource(nameof(Regressions))]
    public void A_kept_hostile_input_lints_cleanly(string path) => AssertLintsCleanly(File.ReadAllText(path));
}
