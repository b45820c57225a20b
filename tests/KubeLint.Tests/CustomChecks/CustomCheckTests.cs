using KubeLint.Linting;
using KubeLint.Linting.Configuration;
using KubeLint.Reporting;
using KubeLint.Rules;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.CustomChecks;

/// <summary>Checks declared in configuration run like built-in rules: positions, effective values, suppressions, severities, reports.</summary>
public class CustomCheckTests
{
    private static readonly RuleDescriptor[] BuiltIn = [.. BuiltInRules.All.Select(r => r.Descriptor)];

    private const string NonRoot = """
        checks:
          - id: ACME-1
            name: must-run-as-non-root
            title: Container may run as root
            target: container
            helpUri: https://wiki.example.com/k8s/non-root
            schema:
              required: [securityContext]
              properties:
                securityContext:
                  required: [runAsNonRoot]
                  properties:
                    runAsNonRoot: {const: true}
            message: "{container}: {path} {reason}"
        """;

    internal static LintResult Lint(string config, string manifest, string name = "pod.yaml")
    {
        var (parsed, errors) = ConfigLoader.Parse(".kubelint.yaml", config, BuiltIn);
        Assert.That(errors.Select(e => $"{e.Line}:{e.Column} {e.Message}"), Is.Empty);
        return new Linter().Lint(new LintRequest { Texts = [new SourceText(name, manifest)], Config = parsed, UseConfigFiles = false });
    }

    private static string[] Custom(LintResult result) =>
        [.. result.Findings.Where(f => !f.RuleId.StartsWith("KL", StringComparison.Ordinal)).Select(f => $"{f.Location.Start.Line}:{f.Location.Start.Column} {f.RuleId} {f.Message}")];

    [Test]
    public void A_container_check_sees_the_effective_security_context_and_reports_where_each_value_is_written()
    {
        var result = Lint(NonRoot, """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              securityContext:
                runAsNonRoot: true
                fsGroup: 2000
              containers:
                - name: inherits
                  image: web:1
                - name: overrides
                  image: web:1
                  securityContext:
                    runAsNonRoot: false
              initContainers:
                - name: own-context-inherits
                  image: web:1
                  securityContext:
                    readOnlyRootFilesystem: true
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: bare
            spec:
              securityContext:
                fsGroup: 2000
              containers:
                - name: bare
                  image: web:1
            """);

        Assert.That(Custom(result), Is.EqualTo(new[]
        {
            "15:9 ACME-1 overrides: spec.containers[1].securityContext.runAsNonRoot is false, not true",
            "30:7 ACME-1 bare: spec.containers[0] has no 'securityContext'",
        }));
    }

    [Test]
    public void A_value_inherited_from_the_pod_is_reported_at_the_pod()
    {
        var result = Lint(NonRoot, """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              securityContext:
                runAsNonRoot: false
              containers:
                - name: web
                  image: web:1
            """);

        Assert.That(Custom(result), Is.EqualTo(new[] { "7:5 ACME-1 web: spec.securityContext.runAsNonRoot is false, not true" }));
    }

    [Test]
    public void Suppressions_severities_selectors_and_enablement_treat_a_check_as_a_rule()
    {
        const string Pod = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              annotations:
                ignore.kubelint.io/must-run-as-non-root: "the image's entrypoint drops to uid 1000"
            spec:
              containers:
                - name: web
                  image: web:1
            """;
        var suppressed = Lint(NonRoot, Pod);
        var raised = Lint(NonRoot + "\nrules: {severity: {must-run-as-non-root: error}}\nstrict: [ACME-1]\n", Pod);
        var disabled = Lint(NonRoot + "\nrules: {disable: [custom]}\n", Pod);
        var offByDefault = NonRoot.Replace("    target: container", "    target: container\n    enabled: false", StringComparison.Ordinal);

        Assert.Multiple(() =>
        {
            Assert.That(Custom(suppressed), Is.Empty);
            Assert.That(suppressed.Suppressed.Select(f => f.RuleId), Does.Contain("ACME-1"));
            Assert.That(raised.Findings.Where(f => f.RuleId == "ACME-1").Select(f => f.Severity), Is.EqualTo(new[] { Severity.Error }));
            Assert.That(Custom(disabled), Is.Empty);
            Assert.That(Custom(Lint(offByDefault, Pod.Replace("ignore.kubelint.io", "x.example.com", StringComparison.Ordinal))), Is.Empty);
            Assert.That(Custom(Lint(offByDefault + "\nrules: {enable: [ACME-1]}\n", Pod.Replace("ignore.kubelint.io", "x.example.com", StringComparison.Ordinal))), Has.Length.EqualTo(1));
        });
    }

    [Test]
    public void Match_and_exclude_choose_objects_by_kind_namespace_name_and_labels()
    {
        const string Config = """
            checks:
              - id: ACME-2
                use: required-labels
                with: {labels: [owner]}
                match: {kinds: ['*Set', Deployment], namespaces: [shop-*], labels: {tier: '*'}}
                exclude: {names: [legacy-*]}
            """;
        const string Objects = """
            - {apiVersion: apps/v1, kind: Deployment, metadata: {name: a, namespace: shop-eu, labels: {tier: web}}}
            - {apiVersion: apps/v1, kind: StatefulSet, metadata: {name: b, namespace: shop-us, labels: {tier: db}}}
            - {apiVersion: apps/v1, kind: Deployment, metadata: {name: legacy-c, namespace: shop-eu, labels: {tier: web}}}
            - {apiVersion: apps/v1, kind: Deployment, metadata: {name: d, namespace: blog, labels: {tier: web}}}
            - {apiVersion: apps/v1, kind: Deployment, metadata: {name: e, namespace: shop-eu}}
            - {apiVersion: v1, kind: ConfigMap, metadata: {name: f, namespace: shop-eu, labels: {tier: web}}}
            """;

        Assert.That(Lint(Config, "apiVersion: v1\nkind: List\nitems:\n" + Objects).Findings.Where(f => f.RuleId == "ACME-2").Select(f => f.Object.Name), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public void Every_report_format_carries_the_check_and_SARIF_its_metadata()
    {
        var result = Lint(NonRoot, """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: web
                  image: web
            """);
        string Write(ReportFormat format)
        {
            using var output = new StringWriter();
            ReportFormats.WriterFor(format, new ReportOptions(Environment.CurrentDirectory)).Write(result, output);
            return output.ToString();
        }

        var sarif = System.Text.Json.JsonDocument.Parse(Write(ReportFormat.Sarif)).RootElement.GetProperty("runs")[0];
        var rule = sarif.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "ACME-1");
        var builtIn = sarif.GetProperty("tool").GetProperty("driver").GetProperty("rules")[0];

        Assert.Multiple(() =>
        {
            Assert.That(rule.GetProperty("helpUri").GetString(), Is.EqualTo("https://wiki.example.com/k8s/non-root"));
            Assert.That(rule.GetProperty("shortDescription").GetProperty("text").GetString(), Does.StartWith("Container may run as root"));
            Assert.That(builtIn.GetProperty("helpUri").GetString(), Does.StartWith(KubeLintLinks.Repository));
            Assert.That(sarif.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()), Does.Contain("ACME-1"));
            Assert.That(Write(ReportFormat.Markdown), Does.Contain("[ACME-1](https://wiki.example.com/k8s/non-root)"));
            foreach (var format in Enum.GetValues<ReportFormat>())
            {
                Assert.That(Write(format), Does.Contain("ACME-1"), format.ToString());
            }
        });
    }

    [TestCase("checks: [{id: KL9001, name: x, title: X, schema: {}}]", "1:15", "not be of KubeLint's form")]
    [TestCase("checks: [{id: A, name: privileged-container, title: X, schema: {}}]", "1:24", "already a KubeLint rule id, name or category")]
    [TestCase("checks: [{id: A, name: a, title: X, category: rbac, schema: {}}]", "1:47", "not one of KubeLint's own")]
    [TestCase("checks: [{id: A, name: a, title: X, schema: {}}, {id: a, name: b, title: Y, schema: {}}]", "1:50", "the id or name of the check declared at")]
    [TestCase("checks: [{id: A, name: a, title: X}]", "1:10", "needs a 'schema'")]
    [TestCase("checks: [{id: A, name: a, title: X, schema: {}, message: '{image}'}]", "1:58", "unknown placeholder '{image}'")]
    [TestCase("checks: [{id: A, use: allowed-registries}]", "1:10", "needs the parameter 'registries'")]
    [TestCase("checks: [{id: A, use: allowed-registry, with: {registries: [x]}}]", "1:23", "did you mean 'allowed-registries'?")]
    [TestCase("checks: [{id: A, use: no-latest-tag, schema: {}}]", "1:46", "comes from the ready-made check")]
    [TestCase("checks: [{id: A, name: a, title: X, target: podSpec, requires: {serviceAccountDefined: true}}]", "1:64", "use it with target object")]
    [TestCase("checks: [{id: A, name: a, title: X, schema: {}, helpUri: 'javascript:alert(1)'}]", "1:58", "http(s) address")]
    [TestCase("checks: [{id: A, name: a, title: X, schema: {}}]\nrules: {disable: [b]}", "2:19", "names no rule")]
    public void A_bad_check_is_a_configuration_error_at_its_position(string yaml, string position, string message)
    {
        var (config, errors) = ConfigLoader.Parse(".kubelint.yaml", yaml, BuiltIn);

        Assert.Multiple(() =>
        {
            Assert.That(config, Is.Null);
            Assert.That(errors.Select(e => $"{e.Line}:{e.Column} {e.Message}"), Has.Some.StartsWith(position).And.Some.Contains(message));
        });
    }

    [Test]
    public void A_message_quoting_a_hostile_value_cannot_forge_report_lines()
    {
        var result = Lint(
            "checks: [{id: A, use: allowed-registries, with: {registries: [r.example.com]}}]",
            """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: web
                  image: "evil\n::error file=x::forged"
            """);
        using var output = new StringWriter();
        ReportFormats.WriterFor(ReportFormat.Github, new ReportOptions(Environment.CurrentDirectory)).Write(result, output);

        Assert.That(output.ToString().Split('\n').Where(line => line.StartsWith("::error file=x", StringComparison.Ordinal)), Is.Empty);
    }
}
