using KubeLint.Linting;
using KubeLint.Manifests.PodSecurity;
using KubeLint.Rules;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Configuration;

/// <summary>How a <c>.kubelint.yaml</c> changes a run: found by walking up, and every key applied.</summary>
public class ConfigurationTests
{
    private static TempDirectory Repository()
    {
        var dir = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(dir.Path, ".git"));
        return dir;
    }

    private static LintResult LintPaths(params string[] paths) => new Linter().Lint(new LintRequest { Paths = paths });

    private static string[] RuleIdsIn(LintResult result, string fileEnding) =>
        [.. result.Findings.Where(f => f.Location.File.EndsWith(fileEnding, StringComparison.Ordinal)).Select(f => f.RuleId).Distinct().Order()];

    [Test]
    public void The_nearest_configuration_applies_to_each_file()
    {
        using var repo = Repository();
        repo.Write(".kubelint.yaml", "rules: {disable: [KL3001]}\n");
        repo.Write("team/.kubelint.yaml", "rules: {disable: [KL3103]}\n");
        repo.Write("root.yaml", SampleManifests.PrivilegedPod("root"));
        repo.Write("team/nested/pod.yaml", SampleManifests.PrivilegedPod("nested"));

        var result = LintPaths(repo.Path);

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Is.Empty);
            Assert.That(RuleIdsIn(result, "root.yaml"), Is.EqualTo(new[] { "KL3100" }));
            Assert.That(RuleIdsIn(result, "pod.yaml"), Is.EqualTo(new[] { "KL3001" }), "the nearer file replaces the outer one, it does not merge");
        });
    }

    [Test]
    public void The_search_stops_at_the_repository_root()
    {
        using var outer = new TempDirectory();
        outer.Write(".kubelint.yaml", "rules: {disable: [pod-security]}\n");
        Directory.CreateDirectory(Path.Combine(outer.Path, "repo", ".git"));
        var file = outer.Write("repo/pod.yaml", SampleManifests.PrivilegedPod());

        Assert.That(RuleIdsIn(LintPaths(file), "pod.yaml"), Does.Contain("KL3001"));
    }

    [Test]
    public void A_named_configuration_replaces_every_nearby_one_and_no_config_ignores_them()
    {
        using var repo = Repository();
        repo.Write(".kubelint.yaml", "rules: {disable: [KL3001]}\n");
        var named = repo.Write("ci/strict.yaml", "rules: {disable: [KL3103]}\n");
        var file = repo.Write("pod.yaml", SampleManifests.PrivilegedPod());
        var linter = new Linter();

        Assert.Multiple(() =>
        {
            Assert.That(RuleIdsIn(linter.Lint(new LintRequest { Paths = [file], ConfigPath = named }), "pod.yaml"), Is.EqualTo(new[] { "KL3001" }));
            Assert.That(RuleIdsIn(linter.Lint(new LintRequest { Paths = [file], UseConfigFiles = false }), "pod.yaml"), Is.EqualTo(new[] { "KL3001", "KL3100" }));
        });
    }

    [Test]
    public void Rules_are_selected_by_category_then_enabled_by_name()
    {
        using var repo = Repository();
        repo.Write(".kubelint.yaml", "rules:\n  disable: [pod-security]\n  enable: [privileged-container]\n");
        repo.Write("pod.yaml", SampleManifests.PrivilegedPod());

        Assert.That(RuleIdsIn(LintPaths(repo.Path), "pod.yaml"), Is.EqualTo(new[] { "KL3001" }));
    }

    [Test]
    public void A_rule_severity_override_beats_its_category_override()
    {
        using var repo = Repository();
        repo.Write(".kubelint.yaml", "rules:\n  severity:\n    KL3001: warning\n    pod-security: note\n");
        repo.Write("pod.yaml", SampleManifests.PrivilegedPod());

        var severities = LintPaths(repo.Path).Findings.ToDictionary(f => f.RuleId, f => f.Severity);
        Assert.That(severities, Is.EquivalentTo(new Dictionary<string, Severity> { ["KL3001"] = Severity.Warning, ["KL3100"] = Severity.Note }));
    }

    [Test]
    public void Include_and_exclude_globs_are_relative_to_the_configuration_folder()
    {
        using var repo = Repository();
        repo.Write("deploy/.kubelint.yaml", "include: ['**/*.yaml']\nexclude: ['vendor/**', '*.generated.yaml']\n");
        repo.Write("deploy/app/pod.yaml", SampleManifests.PrivilegedPod("app"));
        repo.Write("deploy/vendor/chart/pod.yaml", SampleManifests.PrivilegedPod("vendored"));
        repo.Write("deploy/all.generated.yaml", SampleManifests.PrivilegedPod("generated"));
        repo.Write("deploy/app/pod.json", """{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "json"}, "spec": {"containers": [{"name": "a", "image": "a", "securityContext": {"privileged": true}}]}}""");

        var result = LintPaths(repo.Path);
        var explicitlyNamed = LintPaths(Path.Combine(repo.Path, "deploy/vendor/chart/pod.yaml"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Findings.Select(f => f.Object.Name).Distinct(), Is.EqualTo(new[] { "app" }));
            Assert.That(result.Summary.Files, Is.EqualTo(1));
            Assert.That(explicitlyNamed.Summary.Files, Is.Zero, "pre-commit names files one by one: exclude still applies");
        });
    }

    [Test]
    public void Namespace_pss_and_fail_on_come_from_the_configuration_unless_the_request_gives_them()
    {
        using var repo = Repository();
        repo.Write(".kubelint.yaml", "namespace: shop\npss: baseline@v1.30\nfailOn: error\n");
        var file = repo.Write("pod.yaml", SampleManifests.HardenedPod().Replace("allowPrivilegeEscalation: false", "allowPrivilegeEscalation: true", StringComparison.Ordinal));
        var linter = new Linter();

        var configured = linter.Lint(new LintRequest { Paths = [file] });
        var overridden = linter.Lint(new LintRequest { Paths = [file], DefaultNamespace = "web", Pss = new PssProfile(PssLevel.Restricted, PssVersion.Latest), FailOn = Severity.Warning });

        Assert.Multiple(() =>
        {
            Assert.That(configured.Objects.Single().Ref.Namespace, Is.EqualTo("shop"));
            Assert.That(configured.Findings, Is.Empty, "privilege escalation is a restricted control, not baseline");
            Assert.That(configured.FailOn, Is.EqualTo(Severity.Error));
            Assert.That(overridden.Objects.Single().Ref.Namespace, Is.EqualTo("web"));
            Assert.That(overridden.Findings.Select(f => f.RuleId), Is.EqualTo(new[] { "KL3103" }));
            Assert.That(overridden.FailOn, Is.EqualTo(Severity.Warning));
            Assert.That(overridden.HasFailingFindings, Is.True);
        });
    }

    [Test]
    public void With_several_configurations_the_run_fails_on_the_strictest()
    {
        // A configuration beside some files (one a pull request could add) cannot relax what the
        // rest of the run fails on, whichever input comes first.
        using var repo = Repository();
        repo.Write("a/.kubelint.yaml", "failOn: error\n");
        repo.Write("a/pod.yaml", SampleManifests.HardenedPod());
        var warned = repo.Write("b/pod.yaml", SampleManifests.HardenedPod().Replace("allowPrivilegeEscalation: false", "allowPrivilegeEscalation: true", StringComparison.Ordinal));

        var result = new Linter().Lint(new LintRequest { Paths = [Path.Combine(repo.Path, "a"), Path.Combine(repo.Path, "b")] });
        var onlyRelaxed = new Linter().Lint(new LintRequest { Paths = [Path.Combine(repo.Path, "a")] });

        Assert.Multiple(() =>
        {
            Assert.That(result.Findings.Select(f => f.Location.File), Has.All.EqualTo(warned), "only b's pod has a finding");
            Assert.That(result.FailOn, Is.EqualTo(Severity.Warning));
            Assert.That(result.HasFailingFindings, Is.True);
            Assert.That(onlyRelaxed.FailOn, Is.EqualTo(Severity.Error), "a run governed by one configuration takes its threshold");
        });
    }

    [Test]
    public void Ignore_entries_accept_findings_on_matching_objects_with_their_reason()
    {
        using var repo = Repository();
        repo.Write(".kubelint.yaml", """
            ignore:
              - kind: Pod
                namespace: vendor-*
                name: agent-?
                rules: [privileged-container]
                reason: the vendor's node agent, see SEC-12
            """);
        repo.Write("pods.yaml", string.Join("\n---\n",
            SampleManifests.PrivilegedPod("agent-1", "vendor-a"),
            SampleManifests.PrivilegedPod("agent-10", "vendor-a"),
            SampleManifests.PrivilegedPod("agent-2", "shop")));

        var result = LintPaths(repo.Path);

        Assert.Multiple(() =>
        {
            Assert.That(result.Suppressed.Select(f => $"{f.RuleId} {f.Object.Display} {f.SuppressionReason}"), Is.EqualTo(new[] { "KL3001 Pod vendor-a/agent-1 configuration: the vendor's node agent, see SEC-12" }));
            Assert.That(result.Findings.Count(f => f.RuleId == "KL3001"), Is.EqualTo(2));
            Assert.That(result.Findings.Count(f => f.RuleId == "KL3100"), Is.EqualTo(3), "only the rules the entry names");
            Assert.That(result.Summary.Suppressed, Is.EqualTo(1));
        });
    }

    [Test]
    public void Strict_rules_refuse_annotations_but_not_configuration_ignores()
    {
        using var repo = Repository();
        repo.Write(".kubelint.yaml", "strict: [rbac]\nignore:\n  - {kind: ClusterRoleBinding, name: ops, reason: reviewed in SEC-7}\n");
        repo.Write("rbac.yaml", """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata:
              name: admins
              annotations:
                ignore.kubelint.io/KL1001: "we are all admins here"
            roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
            subjects: [{kind: Group, name: admins, apiGroup: rbac.authorization.k8s.io}]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata: {name: ops}
            roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
            subjects: [{kind: Group, name: ops, apiGroup: rbac.authorization.k8s.io}]
            """);

        var result = LintPaths(repo.Path);

        Assert.Multiple(() =>
        {
            Assert.That(result.Findings.Where(f => f.RuleId == "KL1001").Select(f => f.Object.Name), Is.EqualTo(new[] { "admins" }));
            Assert.That(result.Suppressed.Select(f => f.Object.Name), Is.EqualTo(new[] { "ops" }));
        });
    }

    [Test]
    public void Admin_uis_added_in_configuration_are_checked_like_built_in_ones()
    {
        using var repo = Repository();
        repo.Write(".kubelint.yaml", """
            adminUis:
              - id: acme-console
                name: Acme Console
                images: ['(^|/)acme/console$']
                authOff:
                  - {env: ACME_AUTH, condition: isEmpty, reason: an empty ACME_AUTH turns login off}
            """);
        repo.Write("console.yaml", """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: console, namespace: ops}
            spec:
              selector: {matchLabels: {app: console}}
              template:
                metadata: {labels: {app: console}}
                spec:
                  containers:
                    - name: console
                      image: registry.example.com/acme/console:4.2
                      env: [{name: ACME_AUTH, value: ""}]
            """);

        var withConfig = LintPaths(repo.Path).Findings.Where(f => f.RuleId == "KL4005").ToList();
        var withoutConfig = new Linter().Lint(new LintRequest { Paths = [repo.Path], UseConfigFiles = false }).Findings.Where(f => f.RuleId == "KL4005");

        Assert.Multiple(() =>
        {
            Assert.That(withConfig.Select(f => f.Message), Has.One.Contains("Acme Console").And.Contains("an empty ACME_AUTH turns login off"));
            Assert.That(withoutConfig, Is.Empty);
        });
    }

    [Test]
    public void A_broken_configuration_is_a_configuration_error_and_its_files_use_the_defaults()
    {
        using var repo = Repository();
        repo.Write(".kubelint.yaml", "rules:\n  disable: [KL3001]\nfailon: error\n");
        repo.Write("pod.yaml", SampleManifests.PrivilegedPod());

        var result = LintPaths(repo.Path);

        Assert.Multiple(() =>
        {
            var error = result.Errors.Single();
            Assert.That(error.Kind, Is.EqualTo(ErrorKind.Configuration));
            Assert.That($"{Path.GetFileName(error.File)}:{error.Line}:{error.Column}", Is.EqualTo(".kubelint.yaml:3:1"));
            Assert.That(error.Message, Does.Contain("did you mean 'failOn'?"));
            Assert.That(RuleIdsIn(result, "pod.yaml"), Does.Contain("KL3001"), "a half-read configuration must not silently switch rules off");
        });
    }

    [Test]
    public void The_command_line_exits_2_on_a_configuration_error_and_says_where()
    {
        using var repo = Repository();
        var config = repo.Write(".kubelint.yaml", "rules:\n  disable: [privileged-containers]\n");
        var file = repo.Write("pod.yaml", SampleManifests.HardenedPod());

        var nearest = CliRun.Invoke(["lint", file]);
        var named = CliRun.Invoke(["lint", file, "--config", Path.Combine(repo.Path, "missing.yaml")]);
        var ignored = CliRun.Invoke(["lint", file, "--no-config"]);
        var both = CliRun.Invoke(["lint", file, "--no-config", "--config", config]);

        Assert.Multiple(() =>
        {
            Assert.That(nearest.ExitCode, Is.EqualTo(2));
            Assert.That(nearest.Error, Does.Contain($"kubelint: {config}:2:13: rules.disable names no rule, rule name or category: 'privileged-containers'"));
            Assert.That(named.ExitCode, Is.EqualTo(2));
            Assert.That(named.Error, Does.Contain("cannot read configuration"));
            Assert.That(ignored.ExitCode, Is.EqualTo(0), ignored.Error);
            Assert.That(both.ExitCode, Is.EqualTo(2));
        });
    }
}
