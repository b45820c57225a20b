using KubeLint.Linting;
using KubeLint.Manifests.PodSecurity;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Rules;

/// <summary>A message must be true of the object it is about.</summary>
public class MessageTruthTests
{
    private static string Pod(string spec) => $"apiVersion: v1\nkind: Pod\nmetadata: {{name: p}}\nspec:\n{spec}";

    [Test]
    public void A_container_with_a_non_root_uid_is_not_said_to_run_as_root()
    {
        var message = Lint.Findings(Pod("  containers: [{name: c, image: i, securityContext: {runAsUser: 1001}}]\n"), "KL3102").Single().Message;
        Assert.That(message, Does.StartWith("container \"c\" runs as UID 1001, but neither it nor the pod sets runAsNonRoot: true").And.Not.Contain("may run as root"));
    }

    [Test]
    public void A_probe_of_a_pod_on_the_node_network_is_not_said_to_miss_the_pod()
    {
        var message = Lint.Findings(Pod("  hostNetwork: true\n  containers: [{name: c, image: i, livenessProbe: {httpGet: {host: 127.0.0.1, port: 1}}}]\n"), "KL3014").Single().Message;
        Assert.That(message, Does.Contain("the pod shares the node's network").And.Not.Contain("instead of the pod"));
    }

    [TestCase("true", "read-only, which still exposes the node's files")]
    [TestCase("false", "which gives control of the node")]
    public void A_read_only_host_mount_is_not_said_to_give_control_of_the_node(string readOnly, string expected)
    {
        var yaml = Pod($"  volumes: [{{name: etc, hostPath: {{path: /etc}}}}]\n  containers: [{{name: c, image: i, volumeMounts: [{{name: etc, mountPath: /host, readOnly: {readOnly}}}]}}]\n");
        Assert.That(Lint.Findings(yaml, "KL3005").Single().Message, Does.Contain(expected));
    }

    [Test]
    public void A_rule_narrowed_to_named_secrets_does_not_claim_every_token()
    {
        const string yaml = "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: r, namespace: n}\nrules: [{apiGroups: [\"\"], resources: [secrets], resourceNames: [tls], verbs: [get]}]\n";
        Assert.That(Lint.Findings(yaml, "KL1003").Single().Message, Does.EndWith("its subjects can read the secrets it names").And.Not.Contain("service-account tokens"));
    }

    [Test]
    public void Dropping_all_in_lower_case_is_named_for_what_it_is()
    {
        var message = Lint.Findings(Pod("  containers: [{name: c, image: i, securityContext: {capabilities: {drop: [all]}}}]\n"), "KL3104").Single().Message;
        Assert.That(message, Is.EqualTo("container \"c\" drops \"all\", which drops nothing: capability names are case-sensitive and only ALL counts"));
    }

    [Test]
    public void A_pod_level_root_uid_overridden_by_every_container_is_still_refused_under_the_restricted_profile()
    {
        var yaml = Pod("  securityContext: {runAsUser: 0}\n  containers: [{name: c, image: i, securityContext: {runAsUser: 1000}}]\n");
        var restricted = new PssProfile(PssLevel.Restricted, PssVersion.Latest);
        var underRestricted = new Linter().Lint(new LintRequest { Texts = [new SourceText("p.yaml", yaml)], Pss = restricted, UseConfigFiles = false });
        Assert.Multiple(() =>
        {
            Assert.That(underRestricted.Findings.Where(f => f.RuleId == "KL3101").Select(f => f.Message), Has.One.Contains("the restricted profile refuses the pod"));
            Assert.That(Lint.Findings(yaml, "KL3101"), Is.Empty, "no process runs as root");
        });
    }
}
