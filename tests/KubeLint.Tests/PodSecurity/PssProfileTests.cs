using KubeLint.Linting;
using KubeLint.Manifests.PodSecurity;
using KubeLint.Rules;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.PodSecurity;

public class PssProfileTests
{
    private static List<string> RuleIdsFor(string yaml, string? profile)
    {
        PssProfile? pss = null;
        if (profile is not null)
        {
            Assert.That(PssProfile.TryParse(profile, out pss), Is.True);
        }

        var result = new Linter().Lint(new LintRequest { Texts = [new SourceText("p.yaml", yaml)], Pss = pss });
        return result.Findings.Where(f => f.Category == RuleCategories.PodSecurity).Select(f => f.RuleId).Distinct().Order().ToList();
    }

    private static string Pod(string spec) => $"apiVersion: v1\nkind: Pod\nmetadata: {{name: p}}\nspec:\n{spec}";

    [TestCase("baseline", PssLevel.Baseline, 1, 37)]
    [TestCase("restricted@v1.25", PssLevel.Restricted, 1, 25)]
    [TestCase("Restricted@1.30", PssLevel.Restricted, 1, 30)]
    [TestCase("baseline@latest", PssLevel.Baseline, 1, 37)]
    [TestCase("baseline@v1.99", PssLevel.Baseline, 1, 37)]
    public void Profiles_parse(string text, PssLevel level, int major, int minor)
    {
        Assert.That(PssProfile.TryParse(text, out var profile), Is.True);
        Assert.That(profile, Is.EqualTo(new PssProfile(level, new PssVersion(major, minor))));
    }

    [TestCase("privileged")]
    [TestCase("baseline@")]
    [TestCase("baseline@v2.1")]
    [TestCase("restricted@vx")]
    [TestCase("")]
    public void Bad_profiles_are_refused(string text) => Assert.That(PssProfile.TryParse(text, out _), Is.False);

    [Test]
    public void Baseline_runs_only_baseline_rules_and_restricted_adds_its_own_but_not_the_non_standard_ones()
    {
        var yaml = Pod("  hostPID: true\n  containers: [{name: a, image: a}]\n");
        Assert.Multiple(() =>
        {
            Assert.That(RuleIdsFor(yaml, "baseline"), Is.EqualTo(new[] { "KL3003" }));
            Assert.That(RuleIdsFor(yaml, "restricted"), Is.EqualTo(new[] { "KL3003", "KL3102", "KL3103", "KL3104", "KL3105" }));
            Assert.That(RuleIdsFor(yaml, null), Is.EqualTo(new[] { "KL3003", "KL3100" }), "without --pss every pod-security rule runs, the restricted settings and the read-only root together");
        });
    }

    [Test]
    public void Controls_added_in_later_versions_do_not_run_for_earlier_ones()
    {
        var probe = Pod("  containers:\n    - name: a\n      image: a\n      livenessProbe: {httpGet: {host: 10.0.0.1, port: 80}}\n");
        var root = Pod("  securityContext: {runAsNonRoot: true, runAsUser: 0}\n  containers: [{name: a, image: a}]\n");
        Assert.Multiple(() =>
        {
            Assert.That(RuleIdsFor(probe, "baseline@v1.33"), Is.Empty);
            Assert.That(RuleIdsFor(probe, "baseline@v1.34"), Is.EqualTo(new[] { "KL3014" }));
            Assert.That(RuleIdsFor(root, "restricted@v1.22"), Does.Not.Contain("KL3101"));
            Assert.That(RuleIdsFor(root, "restricted@v1.23"), Does.Contain("KL3101"));
        });
    }

    [Test]
    public void The_sysctl_allow_list_follows_the_policy_version()
    {
        var yaml = Pod("  securityContext:\n    sysctls: [{name: net.ipv4.tcp_keepalive_time, value: \"600\"}]\n  containers: [{name: a, image: a}]\n");
        Assert.Multiple(() =>
        {
            Assert.That(RuleIdsFor(yaml, "baseline@v1.28"), Is.EqualTo(new[] { "KL3013" }));
            Assert.That(RuleIdsFor(yaml, "baseline@v1.29"), Is.Empty);
        });
    }

    [Test]
    public void Seccomp_annotations_are_checked_before_v1_19_and_the_field_after()
    {
        const string yaml = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
              annotations: {seccomp.security.alpha.kubernetes.io/pod: unconfined}
            spec:
              containers:
                - {name: a, image: a, securityContext: {seccompProfile: {type: Unconfined}}}
            """;
        var old = new Linter().Lint(new LintRequest { Texts = [new SourceText("p.yaml", yaml)], Pss = new PssProfile(PssLevel.Baseline, new PssVersion(1, 18)) });
        var current = new Linter().Lint(new LintRequest { Texts = [new SourceText("p.yaml", yaml)], Pss = new PssProfile(PssLevel.Baseline, new PssVersion(1, 19)) });
        Assert.Multiple(() =>
        {
            Assert.That(old.Findings.Single(f => f.RuleId == RuleIds.SeccompUnconfined).Location.Start.Line, Is.EqualTo(5));
            Assert.That(current.Findings.Single(f => f.RuleId == RuleIds.SeccompUnconfined).Location.Start.Line, Is.EqualTo(8));
        });
    }

    [Test]
    public void Unmasked_proc_is_allowed_in_a_user_namespace_by_baseline_from_v1_35_only()
    {
        var yaml = Pod("  hostUsers: false\n  containers:\n    - {name: a, image: a, securityContext: {procMount: Unmasked}}\n");
        Assert.Multiple(() =>
        {
            Assert.That(RuleIdsFor(yaml, "baseline@v1.34"), Is.EqualTo(new[] { "KL3009" }));
            Assert.That(RuleIdsFor(yaml, "baseline@v1.35"), Is.Empty);
            Assert.That(RuleIdsFor(yaml, "restricted@v1.35"), Does.Contain("KL3009"));
        });
    }

    [Test]
    public void The_cli_accepts_pss_and_refuses_a_bad_profile()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("p.yaml", Pod("  containers: [{name: a, image: a}]\n"));
        Assert.Multiple(() =>
        {
            Assert.That(CliRun.Invoke(["lint", file, "--pss", "baseline"]).ExitCode, Is.EqualTo(0));
            Assert.That(CliRun.Invoke(["lint", file, "--pss", "restricted@v1.30"]).Out, Does.Contain("KL3105"));
            var bad = CliRun.Invoke(["lint", file, "--pss", "strict"]);
            Assert.That(bad.ExitCode, Is.EqualTo(2));
            Assert.That(bad.Error, Does.Contain("--pss takes baseline or restricted"));
        });
    }
}
