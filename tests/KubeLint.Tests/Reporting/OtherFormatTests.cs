using System.Xml.Linq;
using KubeLint.Reporting;

namespace KubeLint.Tests.Reporting;

[NonParallelizable]
public class OtherFormatTests
{
    [TestCase("plain", "plain")]
    [TestCase("100% sure\nnext line\r", "100%25 sure%0Anext line%0D")]
    public void GitHub_messages_are_escaped(string text, string escaped) =>
        Assert.That(GitHubReportWriter.Data(text), Is.EqualTo(escaped));

    [Test]
    public void GitHub_properties_also_escape_colons_and_commas() =>
        Assert.That(GitHubReportWriter.Property("a:b,c%"), Is.EqualTo("a%3Ab%2Cc%25"));

    [Test]
    public void JUnit_counts_agree_with_the_findings()
    {
        var result = ReportGoldenTests.LintSamples();
        var xml = XDocument.Parse(ReportGoldenTests.Render(ReportFormat.Junit, result));
        var suites = xml.Root!;
        var failedCases = suites.Descendants("testcase").Count(c => c.Element("failure") is not null);
        var findingsInFailures = suites.Descendants("failure").Sum(f => f.Value.Split('\n').Length);
        Assert.Multiple(() =>
        {
            Assert.That(int.Parse(suites.Attribute("failures")!.Value, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(failedCases));
            Assert.That(findingsInFailures, Is.EqualTo(result.Findings.Count), "every finding is in exactly one failure");
            Assert.That(int.Parse(suites.Attribute("tests")!.Value, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(suites.Descendants("testcase").Count()));
        });
    }

    [Test]
    public void Markdown_escapes_table_cells()
    {
        var result = new KubeLint.Linting.Linter().LintText("apiVersion: v1\nkind: Pod\nmetadata: {name: \"a|b\"}\nspec:\n  containers: [{name: \"x|y\", image: i, securityContext: {privileged: true}}]\n", "p.yaml");
        var markdown = ReportGoldenTests.Render(ReportFormat.Markdown, result);
        Assert.That(markdown, Does.Contain("container \\\"x\\|y\\\" runs privileged"));
    }
}
