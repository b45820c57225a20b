using System.Text.Json.Nodes;
using KubeLint.Linting;
using KubeLint.Linting.Fixing;
using KubeLint.Tests.Corpus;
using KubeLint.Tests.Support;
using KubeLint.Yaml;

namespace KubeLint.Tests.Fixing;

/// <summary>
/// <c>fix --write --unsafe</c> over a copy of ../shared/corpus: every file still parses, decodes to
/// what it decoded to before plus exactly the fixed fields, keeps every comment, and a second fix
/// changes nothing.
/// </summary>
[Category("Corpus")]
public class FixCorpusPropertyTests
{
    [Test]
    public void Fixing_the_whole_corpus_changes_only_the_fixed_fields_keeps_comments_and_converges()
    {
        var corpus = RepositoryPaths.RequireShared("corpus");
        using var copy = new TempDirectory();
        foreach (var file in Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy.Path, Path.GetRelativePath(corpus, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        LintResult Lint() => new Linter().Lint(new LintRequest { Paths = [copy.Path], Render = CorpusRendering.Off, UseConfigFiles = false });
        var plan = FixPlan.Make(Lint(), [], includeUnsafe: true, FixWriter.Read);
        var failures = new List<string>();
        foreach (var change in plan.Changes)
        {
            if (FixWriter.Write(change, [copy.Path]) is { } refused)
            {
                failures.Add($"{change.File}: not written: {refused}");
                continue;
            }

            failures.AddRange(Check(change));
        }

        var second = FixPlan.Make(Lint(), [], includeUnsafe: true, FixWriter.Read);
        TestContext.Out.WriteLine($"{plan.Changes.Sum(c => c.Applied)} fixes in {plan.Changes.Count} files; {plan.Notes.Count} notes: {string.Join(" | ", plan.Notes.Take(20))}");

        Assert.Multiple(() =>
        {
            Assert.That(plan.Changes, Has.Count.GreaterThan(1000), "the corpus has thousands of fixable workloads");
            Assert.That(failures, Is.Empty);
            Assert.That(second.Changes.Select(c => c.File), Is.Empty, "a second fix is a no-op");
        });
    }

    /// <summary>The problems of one fixed file: parse errors, a decoded difference beyond the fixes, a lost comment.</summary>
    private static IEnumerable<string> Check(FileChange change)
    {
        var before = YamlLoader.Load(change.Original);
        var after = YamlLoader.Load(change.Fixed);
        if (after.Errors.Count > 0 || after.Documents.Count != before.Documents.Count)
        {
            yield return $"{change.File}: does not parse after the fix";
            yield break;
        }

        var expected = before.Documents.Select(d => KubectlJson.Convert(d.Root)).ToList();
        var findings = new Linter().LintText(change.Original, change.File).Findings;
        foreach (var finding in findings)
        {
            var index = before.Documents.ToList().FindIndex(d => d.Root.Start.Line <= finding.Location.Start.Line && finding.Location.Start.Line <= d.Root.End.Line);
            foreach (var intent in finding.Fixes)
            {
                if (index >= 0 && expected[index] is JsonObject obj)
                {
                    FixRoundTripTests.Apply(obj, intent);
                }
            }
        }

        var actual = after.Documents.Select(d => KubectlJson.Convert(d.Root)).ToList();
        for (var i = 0; i < actual.Count; i++)
        {
            if (KubectlJson.Canonical(actual[i]) != KubectlJson.Canonical(expected[i]))
            {
                yield return $"{change.File}: document {i + 1} decodes to more than the original and its fixes";
            }
        }

        // Byte for byte, a fix only adds lines, or changes one stretch of a line that is neither a key nor a comment.
        var script = UnifiedDiff.Script(UnifiedDiff.Lines(change.Original), UnifiedDiff.Lines(change.Fixed));
        var removed = script.Where(s => s.Kind == '-').Select(s => s.Line).ToList();
        var added = script.Where(s => s.Kind == '+').Select(s => s.Line).ToList();
        foreach (var line in removed)
        {
            if (!added.Any(a => OnlyValueOrInsertion(line, a)))
            {
                yield return $"{change.File}: the line '{line.Trim()}' changed beyond a value";
            }
        }

        var comments = Comments(change.Original).ToList();
        var kept = Comments(change.Fixed).ToList();
        foreach (var comment in comments.GroupBy(c => c))
        {
            if (kept.Count(c => c == comment.Key) < comment.Count())
            {
                yield return $"{change.File}: lost the comment {comment.Key}";
            }
        }
    }

    /// <summary>Whether <paramref name="after"/> is <paramref name="before"/> with one stretch replaced that holds no key or comment of the original.</summary>
    private static bool OnlyValueOrInsertion(string before, string after)
    {
        var prefix = 0;
        while (prefix < before.Length && prefix < after.Length && before[prefix] == after[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < before.Length - prefix && suffix < after.Length - prefix && before[^(suffix + 1)] == after[^(suffix + 1)])
        {
            suffix++;
        }

        var replaced = before[prefix..^suffix];
        return !replaced.Contains('#', StringComparison.Ordinal) && !replaced.Contains(": ", StringComparison.Ordinal);
    }

    /// <summary>The text from each line's '#' that starts a comment (at the line's start or after a space).</summary>
    private static IEnumerable<string> Comments(string text) =>
        text.Split('\n').Select(line => line.TrimStart().StartsWith('#') ? line.TrimStart() : line.Contains(" #", StringComparison.Ordinal) ? line[line.IndexOf(" #", StringComparison.Ordinal)..] : null).OfType<string>();
}
