using KubeLint.Reporting;
using KubeLint.Rules;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Rules;

/// <summary>The docs are generated from the descriptors and cannot go stale or lie.</summary>
public class RuleDocsTests
{
    private const string TableStart = "<!-- rules-table:start -->";
    private const string TableEnd = "<!-- rules-table:end -->";

    public static IEnumerable<TestCaseData> AllRules() =>
        BuiltInRules.All.Select(r => new TestCaseData(r.Descriptor.Id).SetArgDisplayNames($"{r.Descriptor.Id} {r.Descriptor.Name}"));

    [TestCaseSource(nameof(AllRules))]
    public void Docs_page_is_current(string id)
    {
        var rule = BuiltInRules.Find(id)!;
        Golden.Verify(Path.Combine(RepositoryPaths.Root, RuleDocs.DocsFolder, id + ".md"), RuleDocs.Page(rule.Descriptor));
    }

    [TestCaseSource(nameof(AllRules))]
    public void Explain_prints_the_docs_page(string id)
    {
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, RuleDocs.DocsFolder, id + ".md"));
        var run = CliRun.Invoke(["explain", id]);
        Assert.That(Golden.Normalize(run.Out), Is.EqualTo(Golden.Normalize(page)));
    }

    [Test]
    public void No_docs_page_without_a_rule()
    {
        var pages = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, RuleDocs.DocsFolder), "KL*.md")
            .Select(Path.GetFileNameWithoutExtension);
        Assert.That(pages, Is.EquivalentTo(BuiltInRules.All.Select(r => r.Descriptor.Id)));
    }

    [Test]
    public void Readme_rules_table_is_current()
    {
        var readmePath = Path.Combine(RepositoryPaths.Root, "README.md");
        var readme = File.ReadAllText(readmePath).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = readme.IndexOf(TableStart, StringComparison.Ordinal);
        var end = readme.IndexOf(TableEnd, StringComparison.Ordinal);
        Assert.That(start >= 0 && end > start, Is.True, $"README.md needs {TableStart} … {TableEnd}");
        var table = RuleDocs.Table(BuiltInRules.All.Select(r => r.Descriptor));
        var current = readme[(start + TableStart.Length)..end].Trim('\n') + "\n";
        if (Golden.Accepting && current != table)
        {
            File.WriteAllText(readmePath, readme[..(start + TableStart.Length)] + "\n" + table + readme[end..]);
            return;
        }

        Assert.That(current, Is.EqualTo(table), "README rules table is stale; run the tests with KUBELINT_ACCEPT_GOLDEN=1");
    }

    [TestCaseSource(nameof(AllRules))]
    public void Example_fires_and_fixed_example_does_not(string id)
    {
        var descriptor = BuiltInRules.Find(id)!.Descriptor;
        var fired = RuleSampleTests.LinterFor(id).LintText(descriptor.Example, "example.yaml");
        var fixedResult = RuleSampleTests.LinterFor(id).LintText(descriptor.FixedExample, "fixed.yaml");
        Assert.Multiple(() =>
        {
            Assert.That(fired.Errors, Is.Empty);
            Assert.That(fixedResult.Errors, Is.Empty);
            Assert.That(fired.Findings.Select(f => f.RuleId), Does.Contain(id), "the docs example must fire the rule");
            Assert.That(fixedResult.Findings.Select(f => f.RuleId), Does.Not.Contain(id), "the fixed example must not fire the rule");
        });
    }
}
