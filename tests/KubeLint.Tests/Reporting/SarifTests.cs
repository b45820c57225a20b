using System.Text.Json;
using Json.Schema;
using KubeLint.Linting;
using KubeLint.Reporting;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Reporting;

[NonParallelizable]
public class SarifTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Reporting", "sarif-schema-2.1.0.json"))));

    private static string Sarif(LintResult result) => ReportGoldenTests.Render(ReportFormat.Sarif, result);

    private static void AssertValid(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        var evaluation = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var problems = (evaluation.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.That(evaluation.IsValid, Is.True, string.Join('\n', problems.Take(20)));
    }

    [Test]
    public void The_schema_check_rejects_an_invalid_log()
    {
        var invalid = Sarif(ReportGoldenTests.LintSamples()).Replace("\"level\": \"error\"", "\"level\": \"fatal\"", StringComparison.Ordinal);
        using var document = JsonDocument.Parse(invalid);
        Assert.That(Schema.Value.Evaluate(document.RootElement).IsValid, Is.False);
    }

    [Test]
    public void Samples_sarif_is_valid_against_the_sarif_2_1_0_schema() =>
        AssertValid(Sarif(ReportGoldenTests.LintSamples()));

    [Test]
    public void Rendered_samples_sarif_is_valid_with_the_rendered_position_as_a_related_location()
    {
        var sarif = Sarif(ReportGoldenTests.LintRenderedSamples());
        AssertValid(sarif);
        Assert.That(sarif, Does.Contain("of the output of helm template samples/charts/web-app."));
    }

    [Test]
    public void A_run_with_input_errors_is_valid_and_reports_them_as_notifications()
    {
        using var dir = new TempDirectory();
        dir.Write("broken.yaml", "a: [1,\n");
        dir.Write("pod.yaml", SampleManifests.PrivilegedPod());
        var sarif = new StringWriter();
        new SarifReportWriter(new ReportOptions(dir.Path)).Write(new Linter().Lint(new LintRequest { Paths = [dir.Path] }), sarif);
        AssertValid(sarif.ToString());
        using var document = JsonDocument.Parse(sarif.ToString());
        var invocation = document.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];
        var notification = invocation.GetProperty("toolExecutionNotifications")[0];
        Assert.Multiple(() =>
        {
            Assert.That(invocation.GetProperty("executionSuccessful").GetBoolean(), Is.False);
            Assert.That(notification.GetProperty("level").GetString(), Is.EqualTo("error"));
            Assert.That(notification.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.EqualTo("broken.yaml"));
            Assert.That(notification.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32(), Is.EqualTo(2));
        });
    }

    [Test]
    public void A_clean_run_still_has_an_empty_results_array()
    {
        var sarif = Sarif(new Linter().LintText(SampleManifests.HardenedPod(), "good.yaml"));
        AssertValid(sarif);
        using var document = JsonDocument.Parse(sarif);
        var run = document.RootElement.GetProperty("runs")[0];
        Assert.Multiple(() =>
        {
            Assert.That(run.GetProperty("results").GetArrayLength(), Is.Zero);
            Assert.That(run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean(), Is.True);
        });
    }

    [Test]
    public void Every_region_equals_the_json_location_and_every_rule_index_points_at_its_rule()
    {
        var result = ReportGoldenTests.LintSamples();
        using var sarif = JsonDocument.Parse(Sarif(result));
        using var json = JsonDocument.Parse(ReportGoldenTests.Render(ReportFormat.Json, result));
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var sarifResults = run.GetProperty("results").EnumerateArray().ToList();
        var jsonFindings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.That(sarifResults, Has.Count.EqualTo(jsonFindings.Count).And.Count.GreaterThan(0));
        Assert.Multiple(() =>
        {
            for (var i = 0; i < sarifResults.Count; i++)
            {
                var region = sarifResults[i].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
                var location = jsonFindings[i].GetProperty("location");
                foreach (var (sarifName, jsonName) in new[] { ("startLine", "line"), ("startColumn", "column"), ("endLine", "endLine"), ("endColumn", "endColumn") })
                {
                    Assert.That(region.GetProperty(sarifName).GetInt32(), Is.EqualTo(location.GetProperty(jsonName).GetInt32()), $"finding {i} {sarifName}");
                }

                var ruleId = sarifResults[i].GetProperty("ruleId").GetString();
                Assert.That(rules[sarifResults[i].GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString(), Is.EqualTo(ruleId));
                Assert.That(jsonFindings[i].GetProperty("ruleId").GetString(), Is.EqualTo(ruleId));
            }
        });
    }

    [Test]
    public void Helm_findings_carry_the_template_as_a_related_location()
    {
        using var sarif = JsonDocument.Parse(Sarif(ReportGoldenTests.LintSamples()));
        var helm = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .First(r => r.TryGetProperty("relatedLocations", out _));
        Assert.That(
            helm.GetProperty("relatedLocations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(),
            Does.StartWith("node-agent/templates/"));
    }

    [TestCase("samples/a b.yaml", "samples/a%20b.yaml")]
    [TestCase("./samples/x.yaml", "samples/x.yaml")]
    [TestCase("-", "-")]
    public void File_paths_become_relative_uri_references(string file, string uri) =>
        Assert.That(CurrentDirectory.With(RepositoryPaths.Root, () => ArtifactUri.From(file, RepositoryPaths.Root)), Is.EqualTo(uri));
}
