using KubeLint.Linting;
using KubeLint.Rules;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Rbac;

/// <summary>
/// A definition that is not deployed with an object may add a finding to it, never take one away:
/// a file added anywhere in a pull request cannot silence a pod elsewhere.
/// </summary>
public class JoinScopeTests
{
    private const string DefaultPod = """
        apiVersion: v1
        kind: Pod
        metadata: {name: web, namespace: shop}
        spec:
          containers: [{name: web, image: nginx:1.27}]
        """;

    private const string DefaultAccountOff = """
        apiVersion: v1
        kind: ServiceAccount
        metadata: {name: default, namespace: shop}
        automountServiceAccountToken: false
        """;

    private const string ClusterAdminBinding = """
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata: {name: default-admin}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
        subjects: [{kind: ServiceAccount, name: default, namespace: shop}]
        """;

    private static LintResult LintTree(TempDirectory dir) =>
        new Linter().Lint(new LintRequest { Paths = [dir.Path], UseConfigFiles = false, Render = new KubeLint.Linting.Rendering.RenderOptions { Enabled = false } });

    private static List<string> TokenRules(LintResult result) =>
        [.. result.Findings.Where(f => f.RuleId is "KL2001" or "KL2002" or "KL2003" && f.Object.Kind == "Pod").Select(f => $"{f.RuleId} {f.Severity.ToName()}").Order(StringComparer.Ordinal)];

    [Test]
    public void A_service_account_opt_out_in_another_project_does_not_hide_a_pods_token()
    {
        using var dir = new TempDirectory();
        dir.Write("project-a/pod.yaml", DefaultPod);
        dir.Write("project-a/rbac.yaml", ClusterAdminBinding);
        dir.Write("project-b/test/fixtures/sa.yaml", DefaultAccountOff);

        var result = LintTree(dir);

        Assert.Multiple(() =>
        {
            Assert.That(TokenRules(result), Is.EqualTo(new[] { "KL2002 error" }), "one cause, one finding");
            Assert.That(result.Findings.Single(f => f.RuleId == "KL2002").Message, Does.Contain("which is defined only in files not deployed with this pod"));
        });
    }

    [TestCase("project-a/sa.yaml", Description = "the same folder")]
    [TestCase("sa.yaml", Description = "a folder above")]
    public void A_service_account_deployed_with_the_pod_still_decides(string accountFile)
    {
        using var dir = new TempDirectory();
        dir.Write("project-a/pod.yaml", DefaultPod);
        dir.Write("project-a/rbac.yaml", ClusterAdminBinding);
        dir.Write(accountFile, DefaultAccountOff);

        Assert.That(TokenRules(LintTree(dir)), Is.Empty);
    }

    [Test]
    public void A_service_account_elsewhere_that_mounts_the_token_still_adds_findings()
    {
        using var dir = new TempDirectory();
        dir.Write("apps/pod.yaml", DefaultPod);
        dir.Write("rbac/sa.yaml", "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: default, namespace: shop}\n");
        dir.Write("rbac/binding.yaml", ClusterAdminBinding);

        Assert.That(TokenRules(LintTree(dir)), Is.EqualTo(new[] { "KL2002 error" }));
    }

    [Test]
    public void A_harmless_definition_of_cluster_admin_cannot_take_its_powers_away()
    {
        using var dir = new TempDirectory();
        dir.Write("apps/pod.yaml", DefaultPod);
        dir.Write("apps/binding.yaml", ClusterAdminBinding);
        dir.Write("zz/decoy.yaml", "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: cluster-admin}\nrules: []\n");

        Assert.That(LintTree(dir).Findings.Where(f => f.RuleId == "KL2002").Select(f => f.Severity), Is.EqualTo(new[] { Severity.Error }));
    }

    [Test]
    public void A_role_defined_twice_grants_what_both_definitions_grant()
    {
        using var dir = new TempDirectory();
        dir.Write("aa/decoy-role.yaml", "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: app, namespace: shop}\nrules: []\n");
        dir.Write("app/role.yaml", """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata: {name: app, namespace: shop}
            rules: [{apiGroups: [""], resources: [secrets], verbs: [get, list]}]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata: {name: app, namespace: shop}
            roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: app}
            subjects: [{kind: ServiceAccount, name: default}]
            """);
        dir.Write("app/pod.yaml", DefaultPod);

        Assert.That(LintTree(dir).Findings.Where(f => f.RuleId == "KL2002").Select(f => f.Message), Has.One.Contains("read secrets"));
    }

    [Test]
    public void With_a_cluster_per_path_a_binding_of_one_project_grants_nothing_in_another()
    {
        using var dir = new TempDirectory();
        dir.Write("project-a/pod.yaml", DefaultPod);
        dir.Write("project-b/e2e/binding.yaml", ClusterAdminBinding);
        string[] paths = [Path.Combine(dir.Path, "project-a"), Path.Combine(dir.Path, "project-b")];

        var oneCluster = new Linter().Lint(new LintRequest { Paths = paths, UseConfigFiles = false });
        var perPath = new Linter().Lint(new LintRequest { Paths = paths, UseConfigFiles = false, ClusterPerPath = true });

        Assert.Multiple(() =>
        {
            Assert.That(oneCluster.Findings.Count(f => f.RuleId == "KL2002"), Is.EqualTo(1), "one run is one cluster");
            Assert.That(perPath.Findings.Count(f => f.RuleId == "KL2002"), Is.Zero);
            Assert.That(perPath.Findings.Count(f => f.RuleId == "KL1001"), Is.EqualTo(1), "the binding itself is still reported");
        });
    }
}
