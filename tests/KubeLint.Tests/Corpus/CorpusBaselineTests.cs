using System.Text;
using KubeLint.Linting;
using KubeLint.Linting.Baselines;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Corpus;

/// <summary>
/// A baseline written for the whole corpus still accepts every finding after each file gains a
/// comment line at the top, so every line number moves.
/// </summary>
[Category("Corpus")]
[NonParallelizable]
public class CorpusBaselineTests
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly byte[] InsertedLine = Encoding.UTF8.GetBytes("# a line added on top by an unrelated edit\n");

    [Test]
    public void A_corpus_baseline_survives_every_line_shifting()
    {
        var corpus = RepositoryPaths.RequireShared("corpus");
        using var copy = new TempDirectory();
        var shifted = CopyWithInsertedLine(corpus, copy.Path);

        var original = CurrentDirectory.With(corpus, () => LintHere(null));
        var baseline = CurrentDirectory.With(corpus, () => Baseline.From(original));
        var after = CurrentDirectory.With(copy.Path, () => LintHere(baseline));

        Assert.Multiple(() =>
        {
            Assert.That(shifted, Is.GreaterThan(5000));
            Assert.That(baseline.Entries, Has.Count.GreaterThan(10000));
            Assert.That(after.Findings.Select(f => $"{f.Location.File}:{f.Location.Start.Line} {f.RuleId} {f.Message}").Take(20), Is.Empty, "new findings after a line shift");
            Assert.That(after.Baseline, Is.EqualTo(new BaselineOutcome(baseline.Entries.Count, 0)));
            Assert.That(after.Errors.Select(e => e.File), Is.EqualTo(original.Errors.Select(e => e.File)));
        });
    }

    private static LintResult LintHere(Baseline? baseline) =>
        new Linter().Lint(new LintRequest { Paths = ["."], UseConfigFiles = false, Baseline = baseline, Render = CorpusRendering.Off });

    private static int CopyWithInsertedLine(string source, string destination)
    {
        var shifted = 0;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var bytes = File.ReadAllBytes(file);
            if (IsUtf16(bytes))
            {
                File.WriteAllBytes(target, bytes);
                continue;
            }

            var bom = bytes.AsSpan().StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
            File.WriteAllBytes(target, [.. bytes.AsSpan(0, bom), .. InsertedLine, .. bytes.AsSpan(bom)]);
            shifted++;
        }

        return shifted;
    }

    private static bool IsUtf16(byte[] bytes) =>
        bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
}
