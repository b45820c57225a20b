using System.Text.RegularExpressions;
using KubeLint.Rules;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Rules;

/// <summary>docs/cis-benchmark.md maps each CIS section to the rules that cite it in their references, and no others.</summary>
public partial class CisBenchmarkDocTests
{
    [Test]
    public void Every_section_lists_exactly_the_rules_that_cite_it()
    {
        var documented = DocumentedSections();
        var cited = CitedSections();

        Assert.Multiple(() =>
        {
            foreach (var (section, rules) in cited)
            {
                Assert.That(documented.ContainsKey(section), Is.True, $"{section} is cited by {string.Join(", ", rules)} but has no row");
                if (documented.TryGetValue(section, out var listed))
                {
                    Assert.That(listed, Is.EquivalentTo(rules), $"the rules of section {section}");
                }
            }

            foreach (var (section, listed) in documented.Where(d => d.Value.Count > 0 && !cited.ContainsKey(d.Key)))
            {
                Assert.That(listed, Is.Empty, $"section {section} lists rules that do not cite it");
            }
        });
    }

    [Test]
    public void The_readme_links_the_mapping() =>
        Assert.That(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")), Does.Contain("(docs/cis-benchmark.md)"));

    private static Dictionary<string, HashSet<string>> DocumentedSections()
    {
        var sections = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(RepositoryPaths.Root, "docs", "cis-benchmark.md")))
        {
            if (Row().Match(line) is { Success: true } row)
            {
                sections[row.Groups["section"].Value] = RuleId().Matches(row.Groups["rules"].Value).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
            }
        }

        return sections;
    }

    private static Dictionary<string, HashSet<string>> CitedSections()
    {
        var sections = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var descriptor in BuiltInRules.All.Select(r => r.Descriptor))
        {
            foreach (var reference in descriptor.References)
            {
                if (Citation().Match(reference) is { Success: true } citation)
                {
                    var section = citation.Groups["section"].Value;
                    (sections.TryGetValue(section, out var rules) ? rules : sections[section] = new HashSet<string>(StringComparer.Ordinal)).Add(descriptor.Id);
                }
            }
        }

        return sections;
    }

    [GeneratedRegex(@"^\| (?<section>\d+(\.\d+)*) \| [^|]+ \| (?<rules>.*) \|$")]
    private static partial Regex Row();

    [GeneratedRegex(@"KL\d{4}")]
    private static partial Regex RuleId();

    [GeneratedRegex(@"^CIS Kubernetes Benchmark (?<section>\d+(\.\d+)*)\b")]
    private static partial Regex Citation();
}
