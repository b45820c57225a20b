using System.Text.Json;
using KubeLint.Linting;
using KubeLint.Rules;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Suppressions;

/// <summary>Every form of <c>ignore.kubelint.io/…</c> annotation, and what refuses it.</summary>
public class SuppressionTests
{
    private const string TwoPrivilegedContainers = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: shop
          annotations: {ANNOTATIONS}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata:
              labels: {app: web}
              annotations: {TEMPLATE_ANNOTATIONS}
            spec:
              automountServiceAccountToken: false
              securityContext: {runAsNonRoot: true, runAsUser: 10001, seccompProfile: {type: RuntimeDefault}}
              containers:
                - name: app
                  image: nginx:1.27
                  securityContext: {privileged: true, allowPrivilegeEscalation: true, readOnlyRootFilesystem: true, capabilities: {drop: [ALL]}}
                - name: vpn
                  image: wireguard:1.0
                  securityContext: {privileged: true, allowPrivilegeEscalation: true, readOnlyRootFilesystem: true, capabilities: {drop: [ALL]}}
        """;

    private static LintResult LintDeployment(string annotations = "{}", string templateAnnotations = "{}", bool strict = false) =>
        new Linter().Lint(new LintRequest
        {
            Texts = [new SourceText("web.yaml", TwoPrivilegedContainers.Replace("{ANNOTATIONS}", annotations, StringComparison.Ordinal).Replace("{TEMPLATE_ANNOTATIONS}", templateAnnotations, StringComparison.Ordinal))],
            UseConfigFiles = false,
            StrictSuppressions = strict,
        });

    private static string[] Describe(IEnumerable<Finding> findings) =>
        [.. findings.Select(f => f.SuppressionReason is null ? $"{f.RuleId} {f.Container}" : $"{f.RuleId} {f.Container}: {f.SuppressionReason}").Order()];

    [Test]
    public void Without_annotations_both_containers_are_reported()
    {
        var result = LintDeployment();
        Assert.That(Describe(result.Findings), Is.EqualTo(new[] { "KL3001 app", "KL3001 vpn", "KL3100 app", "KL3100 vpn" }));
    }

    [TestCase("{ignore.kubelint.io/KL3001: \"needs /dev/net/tun\"}", "", TestName = "by id on the object")]
    [TestCase("{ignore.kubelint.io/privileged-container: \"needs /dev/net/tun\"}", "", TestName = "by name on the object")]
    [TestCase("{ignore.kubelint.io/kl3001: \"needs /dev/net/tun\"}", "", TestName = "ids ignore case")]
    [TestCase("{}", "{ignore.kubelint.io/KL3001: \"needs /dev/net/tun\"}", TestName = "on the pod template")]
    public void An_annotation_suppresses_the_rule_on_every_container(string annotations, string templateAnnotations)
    {
        var result = LintDeployment(annotations, templateAnnotations is "" ? "{}" : templateAnnotations);
        Assert.Multiple(() =>
        {
            Assert.That(Describe(result.Findings), Is.EqualTo(new[] { "KL3100 app", "KL3100 vpn" }));
            Assert.That(Describe(result.Suppressed), Is.EqualTo(new[] { "KL3001 app: needs /dev/net/tun", "KL3001 vpn: needs /dev/net/tun" }));
            Assert.That(result.Summary.Suppressed, Is.EqualTo(2));
        });
    }

    [Test]
    public void A_container_suffix_suppresses_only_that_container()
    {
        var result = LintDeployment("{ignore.kubelint.io/KL3001.vpn: \"wireguard needs NET_ADMIN on the host\"}");
        Assert.Multiple(() =>
        {
            Assert.That(Describe(result.Findings), Is.EqualTo(new[] { "KL3001 app", "KL3100 app", "KL3100 vpn" }));
            Assert.That(Describe(result.Suppressed), Is.EqualTo(new[] { "KL3001 vpn: wireguard needs NET_ADMIN on the host" }));
        });
    }

    [TestCase("\"\"")]
    [TestCase("\"   \"")]
    [TestCase("")]
    public void An_empty_reason_suppresses_nothing_and_is_itself_a_finding(string reason)
    {
        var result = LintDeployment($"{{ignore.kubelint.io/KL3001: {reason}}}");
        Assert.Multiple(() =>
        {
            Assert.That(result.Suppressed, Is.Empty);
            Assert.That(Describe(result.Findings), Is.EqualTo(new[] { "KL0003 ", "KL3001 app", "KL3001 vpn", "KL3100 app", "KL3100 vpn" }));
            Assert.That(result.Findings.Single(f => f.RuleId == "KL0003").Location.Start.Line, Is.EqualTo(6));
        });
    }

    [Test]
    public void Strict_mode_refuses_every_annotation()
    {
        var result = LintDeployment("{ignore.kubelint.io/KL3001: \"needs /dev/net/tun\"}", strict: true);
        Assert.Multiple(() =>
        {
            Assert.That(result.Suppressed, Is.Empty);
            Assert.That(result.Findings.Count(f => f.RuleId == "KL3001"), Is.EqualTo(2));
        });
    }

    [Test]
    public void Cross_object_findings_are_suppressed_on_the_object_they_are_reported_on()
    {
        const string yaml = """
            apiVersion: v1
            kind: ServiceAccount
            metadata: {name: deployer, namespace: ci}
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata:
              name: deployer
              annotations: {ignore.kubelint.io/cluster-admin-binding: "the deploy job applies CRDs; SEC-31"}
            roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
            subjects: [{kind: ServiceAccount, name: deployer, namespace: ci}]
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: deploy
              namespace: ci
              annotations: {ignore.kubelint.io/KL2002: "runs only in the isolated CI cluster"}
            spec:
              serviceAccountName: deployer
              containers: [{name: kubectl, image: bitnami/kubectl:1.31}]
            """;

        var result = new Linter().LintText(yaml);

        Assert.Multiple(() =>
        {
            Assert.That(result.Suppressed.Select(f => $"{f.RuleId} {f.Object.Name}: {f.SuppressionReason}"), Is.SupersetOf(new[]
            {
                "KL1001 deployer: the deploy job applies CRDs; SEC-31",
                "KL2002 deploy: runs only in the isolated CI cluster",
            }));
            Assert.That(result.Findings.Select(f => f.RuleId), Has.None.EqualTo("KL1001").And.None.EqualTo("KL2002"));
        });
    }

    [Test]
    public void Suppressed_findings_are_counted_and_listed_only_when_asked()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("web.yaml", TwoPrivilegedContainers.Replace("{ANNOTATIONS}", "{ignore.kubelint.io/KL3001.vpn: \"needs the tun device\"}", StringComparison.Ordinal).Replace("{TEMPLATE_ANNOTATIONS}", "{}", StringComparison.Ordinal));

        var quiet = CliRun.Invoke(["lint", file, "--no-config", "--color", "never"]);
        var shown = CliRun.Invoke(["lint", file, "--no-config", "--color", "never", "--show-suppressed"]);
        var json = CliRun.Invoke(["lint", file, "--no-config", "-f", "json", "--show-suppressed"]);
        using var document = JsonDocument.Parse(json.Out);
        var suppressed = document.RootElement.GetProperty("suppressed").EnumerateArray().Single();

        Assert.Multiple(() =>
        {
            Assert.That(quiet.Out, Does.Not.Contain("needs the tun device"));
            Assert.That(quiet.Out, Does.Contain("; 1 suppressed"));
            Assert.That(shown.Out, Does.Contain("error KL3001 privileged-container: container \"vpn\" runs privileged").And.Contain("[suppressed: needs the tun device]"));
            Assert.That(suppressed.GetProperty("reason").GetString(), Is.EqualTo("needs the tun device"));
            Assert.That(suppressed.GetProperty("finding").GetProperty("ruleId").GetString(), Is.EqualTo("KL3001"));
            Assert.That(document.RootElement.GetProperty("summary").GetProperty("suppressed").GetInt32(), Is.EqualTo(1));
            Assert.That(CliRun.Invoke(["lint", file, "--no-config", "-f", "json"]).Out, Does.Not.Contain("\"suppressed\": ["));
        });
    }

    [Test]
    public void The_strict_flag_refuses_annotations_on_the_command_line()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("web.yaml", TwoPrivilegedContainers.Replace("{ANNOTATIONS}", "{ignore.kubelint.io/KL3001: \"needs the tun device\"}", StringComparison.Ordinal).Replace("{TEMPLATE_ANNOTATIONS}", "{}", StringComparison.Ordinal));

        var run = CliRun.Invoke(["lint", file, "--no-config", "--strict", "-f", "json"]);
        using var document = JsonDocument.Parse(run.Out);

        Assert.That(document.RootElement.GetProperty("findings").EnumerateArray().Count(f => f.GetProperty("ruleId").GetString() == "KL3001"), Is.EqualTo(2));
    }
}
