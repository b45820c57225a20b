using System.Diagnostics;
using System.Text;
using KubeLint.Linting;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Linting;

/// <summary>Hostile files give a clear error or a correct result within seconds, and the run goes on.</summary>
public class HostileInputTests
{
    [Test]
    public void A_file_of_a_million_short_documents_stops_at_the_document_limit_with_an_error()
    {
        using var dir = new TempDirectory();
        var builder = new StringBuilder(9_000_000);
        for (var i = 0; i < 1_000_000; i++)
        {
            builder.Append("a: 1\n---\n");
        }

        dir.Write("many.yaml", builder.ToString());
        dir.Write("pod.yaml", SampleManifests.PrivilegedPod());
        var stopwatch = Stopwatch.StartNew();
        var result = new Linter().Lint(new LintRequest { Paths = [dir.Path] });
        stopwatch.Stop();
        Assert.Multiple(() =>
        {
            Assert.That(result.Errors.Single().Message, Does.Contain("more than 100,000 documents"));
            Assert.That(result.Findings, Is.Not.Empty, "the other file is still linted");
            Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
        });
    }

    [Test]
    public void Many_small_objects_below_the_limit_are_all_linted()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            builder.Append($"apiVersion: v1\nkind: ConfigMap\nmetadata: {{name: c{i}}}\n---\n");
        }

        var result = new Linter().LintText(builder.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Is.Empty);
            Assert.That(result.Summary.Objects, Is.EqualTo(20_000));
        });
    }

    [Test]
    public void Deep_nesting_and_alias_bombs_in_files_are_errors_and_other_documents_are_linted()
    {
        using var dir = new TempDirectory();
        var bomb = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level <= 10; level++)
        {
            bomb.Append($"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 9))}]\n");
        }

        dir.Write("bomb.yaml", bomb + "---\n" + SampleManifests.PrivilegedPod("after-bomb"));
        dir.Write("deep.yaml", new string('[', 20_000) + new string(']', 20_000) + "\n---\n" + SampleManifests.PrivilegedPod("after-deep"));
        var result = new Linter().Lint(new LintRequest { Paths = [dir.Path] });
        Assert.Multiple(() =>
        {
            Assert.That(result.Errors.Select(e => e.Message), Has.Some.Contains("alias bomb").And.Some.Contains("nesting is deeper"));
            Assert.That(result.Findings.Select(f => f.Object.Name).Distinct(), Is.EquivalentTo(new[] { "after-bomb", "after-deep" }));
        });
    }
}
