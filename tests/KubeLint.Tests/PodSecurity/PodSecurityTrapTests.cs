using KubeLint.Rules;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.PodSecurity;

/// <summary>The places where well-known linters misread pod security (RULES.md "traps").</summary>
public class PodSecurityTrapTests
{
    private const string PodLevelNonRootWithContainerRoot = """
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            runAsNonRoot: true
          containers:
            - name: app
              image: app
              securityContext:
                runAsUser: 0
        """;

    [Test]
    public void Pod_level_run_as_non_root_does_not_hide_a_container_run_as_user_zero()
    {
        var result = Lint.Text(PodLevelNonRootWithContainerRoot);
        Assert.Multiple(() =>
        {
            Assert.That(Lint.Lines(result.Findings.Where(f => f.RuleId == RuleIds.RunAsRoot)), Is.EqualTo(new[] { "11:9 error container \"app\" runs as UID 0 (root)" }));
            Assert.That(result.Findings.Where(f => f.RuleId == RuleIds.RunAsNonRootNotEnforced), Is.Empty, "runAsNonRoot is in force for the container");
        });
    }

    [Test]
    public void A_container_false_overrides_a_pod_true()
    {
        const string yaml = """
            apiVersion: v1
            kind: Pod
            metadata: {name: p}
            spec:
              securityContext: {runAsNonRoot: true}
              containers:
                - name: app
                  image: app
                  securityContext: {runAsNonRoot: false}
            """;
        Assert.That(Lint.Lines(Lint.Findings(yaml, RuleIds.RunAsNonRootNotEnforced)), Is.EqualTo(new[] { "9:25 warning container \"app\" sets runAsNonRoot: false" }));
    }

    [TestCase("yes")]
    [TestCase("Yes")]
    [TestCase("ON")]
    [TestCase("y")]
    public void Yaml11_true_words_are_privileged(string word)
    {
        var yaml = $"apiVersion: v1\nkind: Pod\nmetadata: {{name: p}}\nspec:\n  containers:\n    - name: app\n      image: app\n      securityContext: {{privileged: {word}}}\n";
        Assert.That(Lint.Findings(yaml, RuleIds.PrivilegedContainer), Has.Count.EqualTo(1));
    }

    [Test]
    public void Settings_shared_through_anchors_and_merge_keys_are_seen_in_every_container_that_uses_them()
    {
        const string yaml = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: d}
            spec:
              selector: {matchLabels: {app: d}}
              template:
                metadata: {labels: {app: d}}
                spec:
                  containers:
                    - name: a
                      image: a
                      securityContext: &root
                        runAsUser: 0
                        privileged: true
                    - name: b
                      image: b
                      securityContext: *root
                    - name: c
                      image: c
                      securityContext:
                        <<: *root
                        privileged: false
            """;
        var result = Lint.Text(yaml);
        Assert.Multiple(() =>
        {
            Assert.That(result.Findings.Where(f => f.RuleId == RuleIds.PrivilegedContainer).Select(f => f.Container), Is.EquivalentTo(new[] { "a", "a" }), "b reuses a's node, so both findings point at a's lines");
            Assert.That(result.Findings.Count(f => f.RuleId == RuleIds.PrivilegedContainer), Is.EqualTo(2), "a and b, not c");
            Assert.That(result.Findings.Count(f => f.RuleId == RuleIds.RunAsRoot), Is.EqualTo(3), "a, b and c all run as root");
            Assert.That(result.Findings.Where(f => f.RuleId == RuleIds.RunAsRoot).Select(f => f.Location.Start.Line).Distinct(), Is.EqualTo(new[] { 13 }));
        });
    }

    [Test]
    public void Init_and_ephemeral_containers_and_cron_job_templates_count()
    {
        const string yaml = """
            apiVersion: batch/v1
            kind: CronJob
            metadata: {name: c}
            spec:
              schedule: "@hourly"
              jobTemplate:
                spec:
                  template:
                    spec:
                      initContainers:
                        - {name: init, image: i, securityContext: {capabilities: {add: [SYS_ADMIN]}}}
                      containers:
                        - {name: main, image: m}
                      ephemeralContainers:
                        - {name: debug, image: d, securityContext: {procMount: Unmasked}}
            """;
        var result = Lint.Text(yaml);
        Assert.Multiple(() =>
        {
            Assert.That(result.Findings.Single(f => f.RuleId == RuleIds.AddedCapabilities).Message, Does.Contain("(initContainers[0])"));
            Assert.That(result.Findings.Single(f => f.RuleId == RuleIds.UnsafeProcMount).Message, Does.Contain("(ephemeralContainers[0])"));
            Assert.That(result.Findings.Where(f => f.RuleId == RuleIds.RestrictedHardening && f.Message.Contains("allowPrivilegeEscalation: false", StringComparison.Ordinal)).Select(f => f.Container), Is.EquivalentTo(new[] { "init", "main", "debug" }));
        });
    }

    [Test]
    public void A_quoted_true_is_not_privileged_and_a_quoted_zero_is_not_root()
    {
        const string yaml = """
            apiVersion: v1
            kind: Pod
            metadata: {name: p}
            spec:
              containers:
                - name: app
                  image: app
                  securityContext: {privileged: "true", runAsUser: "0"}
            """;
        var result = Lint.Text(yaml);
        Assert.That(result.Findings.Select(f => f.RuleId), Does.Not.Contain(RuleIds.PrivilegedContainer).And.Not.Contain(RuleIds.RunAsRoot));
    }
}
