using KubeLint.Linting.Configuration;
using KubeLint.Linting.Configuration.Checks;
using KubeLint.Rules.Custom;
using KubeLint.Yaml;

namespace KubeLint.Tests.CustomChecks;

/// <summary>The JSON Schema subset, keyword by keyword, with JSON's idea of types over YAML 1.1 scalars and the place of each failure.</summary>
public class SchemaEvaluatorTests
{
    private static CheckSchema Schema(string yaml)
    {
        var reader = new ConfigReader("schema.yaml");
        var schema = new SchemaReader(reader).Read(YamlLoader.Load(yaml).Documents[0].Root);
        Assert.That(reader.Errors.Select(e => e.Message), Is.Empty);
        return schema!;
    }

    private static List<SchemaViolation> Violations(string schema, string instance, long budget = 1_000_000) =>
        SchemaEvaluator.Run(Schema(schema), YamlLoader.Load(instance).Documents[0].Root, null, budget).Violations;

    private static string[] Failures(string schema, string instance) =>
        [.. Violations(schema, instance).Select(v => $"{v.At.Start.Line}:{v.At.Start.Column} {v.Reason}")];

    [TestCase("{type: integer}", "8080", true)]
    [TestCase("{type: integer}", "'8080'", false)]
    [TestCase("{type: integer}", "80.0", true)]
    [TestCase("{type: number}", "80", true)]
    [TestCase("{type: boolean}", "yes", true)]
    [TestCase("{type: boolean}", "'true'", false)]
    [TestCase("{items: {type: [string, null]}}", "[~, a]", true)]
    [TestCase("{items: {type: [string, null]}}", "[1]", false)]
    [TestCase("{type: object}", "[]", false)]
    [TestCase("{const: 1}", "1.0", true)]
    [TestCase("{const: 1}", "'1'", false)]
    [TestCase("{const: true}", "True", true)]
    [TestCase("{enum: [a, b]}", "b", true)]
    [TestCase("{enum: [a, b]}", "c", false)]
    [TestCase("{pattern: '^reg/'}", "reg/x", true)]
    [TestCase("{pattern: 'x'}", "axb", true)]
    [TestCase("{pattern: '^a'}", "42", true)]
    [TestCase("{minLength: 2, maxLength: 3}", "ab", true)]
    [TestCase("{maxLength: 2}", "abc", false)]
    [TestCase("{minimum: 10000}", "9999", false)]
    [TestCase("{exclusiveMaximum: 10}", "10", false)]
    [TestCase("{maximum: 0x10}", "16", true)]
    [TestCase("{required: [a]}", "{a: ~}", true)]
    [TestCase("{required: [a]}", "{b: 1}", false)]
    [TestCase("{minProperties: 2}", "{a: 1}", false)]
    [TestCase("{additionalProperties: false, properties: {a: true}}", "{a: 1}", true)]
    [TestCase("{additionalProperties: false, patternProperties: {'^x-': true}}", "{x-a: 1}", true)]
    [TestCase("{propertyNames: {pattern: '^[a-z]+$'}}", "{Bad: 1}", false)]
    [TestCase("{items: {type: string}}", "[a, 1]", false)]
    [TestCase("{contains: {const: b}}", "[a, b]", true)]
    [TestCase("{contains: {const: c}}", "[a, b]", false)]
    [TestCase("{minItems: 1}", "[]", false)]
    [TestCase("{anyOf: [{const: a}, {const: b}]}", "b", true)]
    [TestCase("{oneOf: [{type: integer}, {type: number}]}", "1", false)]
    [TestCase("{not: {const: latest}}", "latest", false)]
    [TestCase("{if: {const: a}, then: {minLength: 2}}", "a", false)]
    [TestCase("{if: {const: a}, then: {minLength: 2}, else: {const: b}}", "c", false)]
    [TestCase("{allOf: [{type: string}, {pattern: '^a'}]}", "ab", true)]
    [TestCase("false", "anything", false)]
    [TestCase("true", "anything", true)]
    public void Each_keyword_as_JSON_Schema_defines_it(string schema, string instance, bool valid) =>
        Assert.That(Violations(schema, instance), valid ? Is.Empty : Is.Not.Empty);

    [Test]
    public void Failures_point_at_the_offending_node_or_the_mapping_that_lacks_a_key()
    {
        var failures = Failures(
            "{properties: {spec: {required: [replicas], properties: {image: {pattern: '^reg/'}, ports: {items: {maximum: 1024}}}}}}",
            "spec:\n  image: docker.io/x\n  ports:\n    - 80\n    - 8080\n");

        Assert.That(failures, Is.EqualTo(new[]
        {
            "2:3 has no 'replicas'",
            "2:10 'docker.io/x' does not match ^reg/",
            "5:7 8080 is greater than 1024",
        }));
    }

    [Test]
    public void A_description_replaces_the_automatic_reason()
    {
        Assert.That(
            Failures("{properties: {image: {pattern: '^reg/', description: comes from no allowed registry}}}", "image: x"),
            Is.EqualTo(new[] { "1:8 comes from no allowed registry" }));
    }

    [Test]
    public void An_evaluation_stops_at_its_step_budget_and_says_so()
    {
        var root = YamlLoader.Load("[" + string.Join(", ", Enumerable.Range(0, 500)) + "]").Documents[0].Root;
        var evaluation = SchemaEvaluator.Run(Schema("{items: {anyOf: [{const: a}, {const: b}, {type: integer}]}}"), root, null, budget: 100);

        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Exhausted, Is.True);
            Assert.That(SchemaEvaluator.Run(Schema("{items: {type: integer}}"), root, null, budget: 10_000).Exhausted, Is.False);
        });
    }

    [Test]
    public void At_most_a_hundred_violations_are_kept()
    {
        var list = "[" + string.Join(", ", Enumerable.Range(0, 500)) + "]";
        Assert.That(Violations("{items: {type: string}}", list), Has.Count.EqualTo(SchemaEvaluator.MaxViolations));
    }

    [TestCase("{$ref: '#/definitions/x'}", "schema keyword '$ref' is not supported")]
    [TestCase("{format: uri}", "schema keyword 'format' is not supported")]
    [TestCase("{requird: [a]}", "did you mean 'required'?")]
    [TestCase("{pattern: '(a)\\1'}", "linear time")]
    [TestCase("{pattern: '(?=a)'}", "linear time")]
    [TestCase("{type: text}", "type must be one of")]
    [TestCase("{enum: [{a: 1}]}", "compares scalar values")]
    [TestCase("{anyOf: []}", "non-empty list")]
    [TestCase("{minItems: -1}", "0 or more")]
    public void A_schema_KubeLint_cannot_apply_is_an_error_at_its_position(string yaml, string message)
    {
        var reader = new ConfigReader("schema.yaml");
        new SchemaReader(reader).Read(YamlLoader.Load(yaml).Documents[0].Root);

        Assert.That(reader.Errors.Select(e => $"{e.Line}:{e.Column} {e.Message}"), Has.Some.Contains(message).And.Some.StartsWith("1:"));
    }

    [Test]
    public void Deep_nesting_and_alias_fan_out_are_refused()
    {
        var deep = string.Concat(Enumerable.Repeat("{not: ", 40)) + "true" + new string('}', 40);
        var fanOut = "a: &a {anyOf: [true, true, true, true, true, true, true, true, true, true]}\n"
            + "b: &b {allOf: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]}\n"
            + "c: &c {allOf: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]}\n"
            + "schema: {allOf: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]}\n";
        var deepReader = new ConfigReader("deep.yaml");
        new SchemaReader(deepReader).Read(YamlLoader.Load(deep).Documents[0].Root);
        var fanReader = new ConfigReader("fan.yaml");
        new SchemaReader(fanReader).Read(((YamlMapping)YamlLoader.Load(fanOut).Documents[0].Root)["schema"]!);

        Assert.Multiple(() =>
        {
            Assert.That(deepReader.Errors.Select(e => e.Message), Has.Some.Contains("deeper than"));
            Assert.That(fanReader.Errors.Select(e => e.Message), Has.Some.Contains("more than 2000 schemas"));
        });
    }
}
