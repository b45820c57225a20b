using CsCheck;
using KubeLint.Linting;
using KubeLint.Linting.Rendering;
using KubeLint.Reporting;
using KubeLint.Rules;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Fuzzing;

/// <summary>Properties over random selections of real manifests from ../shared/corpus.</summary>
[Category("Fuzz")]
public class LinterPropertyTests
{
    private static readonly RenderOptions NoRendering = new() { Enabled = false };
    private static readonly HashSet<string> ObjectRuleIds = [.. BuiltInRules.All.OfType<ObjectRule>().Select(r => r.Descriptor.Id)];
    private static string[]? _files;

    /// <summary>Small corpus files that lint without errors and can be concatenated (no directives).</summary>
    private static string[] CorpusFiles()
    {
        var corpus = RepositoryPaths.RequireShared("corpus");
        return _files ??= [.. Directory.EnumerateFiles(corpus, "*.yaml", SearchOption.AllDirectories)
            .Where(f => new FileInfo(f).Length is > 0 and < 16 * 1024)
            .Order(StringComparer.Ordinal)
            .Where(f => File.ReadAllText(f) is var text && !text.StartsWith('\ufeff') && !text.Split('\n').Any(l => l.StartsWith('%')))
            .Where(f => new Linter().LintText(File.ReadAllText(f), f).Errors.Count == 0)
            .Take(1500)];
    }

    private static Gen<string[]> Selection(string[] files) => Gen.Int[0, files.Length - 1].Array[1, 25].Select(picks => picks.Distinct().Select(i => files[i]).ToArray());

    private static string Report(LintResult result)
    {
        var output = new StringWriter();
        ReportFormats.WriterFor(ReportFormat.Json, new ReportOptions(Environment.CurrentDirectory)).Write(result, output);
        return output.ToString();
    }

    [Test]
    public void The_report_is_the_same_in_any_file_order_and_at_any_degree_of_parallelism()
    {
        var files = CorpusFiles();
        Gen.Select(Selection(files), Gen.Int[1, 4], Gen.Int).Sample((selection, jobs, shuffleSeed) =>
        {
            var shuffled = selection.OrderBy(f => HashCode.Combine(f, shuffleSeed)).ToArray();
            var reference = Report(new Linter().Lint(new LintRequest { Paths = selection, Render = NoRendering, UseConfigFiles = false, MaxDegreeOfParallelism = 1 }));
            // No size threshold, so the corpus files (a few KiB each) are really linted on `jobs` threads.
            var other = Report(new Linter { ParallelThresholdBytes = 0 }.Lint(new LintRequest { Paths = shuffled, Render = NoRendering, UseConfigFiles = false, MaxDegreeOfParallelism = jobs }));
            if (reference != other)
            {
                throw new InvalidOperationException("the report depends on file order or parallelism");
            }
        }, iter: 40, threads: 1);
    }

    [Test]
    public void Linting_a_concatenation_finds_the_union_of_the_per_file_findings()
    {
        var files = CorpusFiles();
        static IEnumerable<string> Identities(LintResult result) =>
            result.Findings.Where(f => ObjectRuleIds.Contains(f.RuleId)).Select(f => $"{f.RuleId} {f.Object.Display} {f.Path} {f.Container} {f.Message}");

        Selection(files).Sample(selection =>
        {
            var linter = new Linter();
            var texts = selection.Select(File.ReadAllText).ToArray();
            var separately = texts.SelectMany(text => Identities(linter.LintText(text, "part.yaml"))).Order(StringComparer.Ordinal).ToList();
            // The leading separator keeps kubectl (and so KubeLint) from reading the whole stream as JSON when the first file is a JSON object.
            var together = Identities(linter.LintText("---\n" + string.Join("\n---\n", texts), "all.yaml")).Order(StringComparer.Ordinal).ToList();
            if (!separately.SequenceEqual(together))
            {
                throw new InvalidOperationException($"{separately.Except(together).Count()} findings lost, {together.Except(separately).Count()} gained, e.g. {separately.Except(together).Concat(together.Except(separately)).First()}, in {string.Join(", ", selection)}");
            }
        }, iter: 60, threads: 1);
    }
}
