using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using KubeLint.Linting.Configuration;
using KubeLint.Linting.Configuration.Checks;
using KubeLint.Rules.Custom;
using KubeLint.Rules;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Configuration;

/// <summary>schema/kubelint.schema.json, which editors use to complete and check .kubelint.yaml, agrees with the loader.</summary>
public class ConfigSchemaTests
{
    private static readonly RuleDescriptor[] Rules = [.. BuiltInRules.All.Select(r => r.Descriptor)];

    private static string SchemaPath => Path.Combine(RepositoryPaths.Root, "schema", "kubelint.schema.json");

    private static string ExamplePath => Path.Combine(RepositoryPaths.Root, "docs", "kubelint.example.yaml");

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(SchemaPath)));

    private static JsonNode SchemaJson => JsonNode.Parse(File.ReadAllText(SchemaPath))!;

    private static string[] KeysAt(JsonNode node) => [.. node["properties"]!.AsObject().Select(p => p.Key)];

    [Test]
    public void The_rule_selector_list_names_every_rule_id_name_and_category()
    {
        var schema = SchemaJson;
        var selectors = new[] { "*" }.Concat(RuleCategories.All).Concat(Rules.SelectMany(r => new[] { r.Id, r.Name }));
        schema["definitions"]!["ruleSelector"]!["enum"] = new JsonArray([.. selectors.Select(s => JsonValue.Create(s))]);
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        Golden.Verify(SchemaPath, schema.ToJsonString(options));
    }

    [Test]
    public void The_schema_has_exactly_the_keys_the_loader_reads()
    {
        var schema = SchemaJson;
        var adminUi = schema["properties"]!["adminUis"]!["items"]!;
        Assert.Multiple(() =>
        {
            Assert.That(KeysAt(schema), Is.EquivalentTo(ConfigLoader.TopLevelKeys));
            Assert.That(KeysAt(schema["properties"]!["rules"]!), Is.EquivalentTo(ConfigLoader.RulesKeys));
            Assert.That(KeysAt(schema["properties"]!["ignore"]!["items"]!), Is.EquivalentTo(ConfigLoader.IgnoreKeys));
            Assert.That(KeysAt(adminUi), Is.EquivalentTo(ConfigLoader.AdminUiKeys));
            Assert.That(KeysAt(adminUi["properties"]!["authOff"]!["items"]!), Is.EquivalentTo(ConfigLoader.AuthOffKeys));
            Assert.That(KeysAt(schema["definitions"]!["check"]!), Is.EquivalentTo(CheckReader.CheckKeys));
            Assert.That(KeysAt(schema["definitions"]!["checkMatch"]!), Is.EquivalentTo(CheckPartReader.MatchKeys));
            Assert.That(KeysAt(schema["definitions"]!["check"]!["properties"]!["requires"]!), Is.EquivalentTo(CheckPartReader.RequiresKeys));
            Assert.That(KeysAt(schema["definitions"]!["checkSchema"]!["anyOf"]![1]!), Is.EquivalentTo(SchemaReader.Keywords));
            Assert.That(schema["definitions"]!["check"]!["properties"]!["use"]!["enum"]!.AsArray().Select(n => (string)n!), Is.EquivalentTo(ReadyMadeChecks.All.Select(e => e.Name)));
        });
    }

    [Test]
    public void The_example_configuration_is_valid_for_the_loader_and_the_schema()
    {
        var yaml = File.ReadAllText(ExamplePath);
        var (config, errors) = ConfigLoader.Parse(ExamplePath, yaml, Rules);
        var evaluation = Schema.Value.Evaluate(YamlToJson.Element(yaml), new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.Multiple(() =>
        {
            Assert.That(errors.Select(e => $"{e.Line}:{e.Column} {e.Message}"), Is.Empty);
            Assert.That(config!.Ignore, Has.Count.EqualTo(1));
            Assert.That(evaluation.IsValid, Is.True, string.Join("\n", evaluation.Details?.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")) ?? []));
        });
    }

    [TestCase("rule: {}")]
    [TestCase("rules: {disable: [KL9999]}")]
    [TestCase("rules: {severity: {KL1001: critical}}")]
    [TestCase("failOn: high")]
    [TestCase("pss: strict")]
    [TestCase("ignore: [{name: web}]")]
    [TestCase("ignore: [{name: web, reason: r, rule: KL1001}]")]
    [TestCase("adminUis: [{id: x, name: X}]")]
    [TestCase("adminUis: [{id: x, name: X, images: [x], authOff: [{reason: r}]}]")]
    [TestCase("checks: [{id: KL9000, name: x, title: X, schema: {}}]")]
    [TestCase("checks: [{id: ACME-1, name: x, title: X, schema: {$ref: '#/x'}}]")]
    [TestCase("checks: [{id: ACME-1, name: x, title: X, target: pod, schema: {}}]")]
    [TestCase("checks: [{id: ACME-1, use: no-such-check}]")]
    [TestCase("checks: [{id: ACME-1, name: x, title: X, requires: {selectedBy: [Deployment]}}]")]
    public void The_schema_rejects_what_the_loader_rejects(string yaml)
    {
        var (_, errors) = ConfigLoader.Parse(".kubelint.yaml", yaml, Rules);
        Assert.Multiple(() =>
        {
            Assert.That(errors, Is.Not.Empty, "the loader");
            Assert.That(Schema.Value.Evaluate(YamlToJson.Element(yaml)).IsValid, Is.False, "the schema");
        });
    }

    [Test]
    public void The_readme_configuration_example_is_valid()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var section = readme[readme.IndexOf("## Configuration", StringComparison.Ordinal)..];
        var start = section.IndexOf("```yaml\n", StringComparison.Ordinal) + "```yaml\n".Length;
        var yaml = section[start..section.IndexOf("```", start, StringComparison.Ordinal)];

        var (_, errors) = ConfigLoader.Parse("README.md", yaml, Rules);

        Assert.Multiple(() =>
        {
            Assert.That(errors.Select(e => $"{e.Line}:{e.Column} {e.Message}"), Is.Empty);
            Assert.That(Schema.Value.Evaluate(YamlToJson.Element(yaml)).IsValid, Is.True);
        });
    }
}
