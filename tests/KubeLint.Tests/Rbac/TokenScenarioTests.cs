using KubeLint.Linting;
using KubeLint.Rules;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Rbac;

/// <summary>The mission's scenario: a token in a pod, and the cluster-admin binding behind it, in different files.</summary>
public class TokenScenarioTests
{
    private const string Binding = """
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: default-admin
        roleRef:
          apiGroup: rbac.authorization.k8s.io
          kind: ClusterRole
          name: cluster-admin
        subjects:
          - kind: ServiceAccount
            name: default
            namespace: shop
        """;

    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: shop
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
        """;

    [Test]
    public void A_directory_with_the_binding_in_one_file_and_the_deployment_in_another_connects_them()
    {
        using var dir = new TempDirectory();
        dir.Write("rbac/binding.yaml", Binding);
        dir.Write("apps/web.yaml", Deployment);
        var result = new Linter().Lint(new LintRequest { Paths = [dir.Path] });
        var finding = result.Findings.Single(f => f.RuleId == RuleIds.PrivilegedTokenMounted);
        Assert.Multiple(() =>
        {
            Assert.That(finding.Severity, Is.EqualTo(Severity.Error));
            Assert.That(finding.Location.File, Does.EndWith("apps/web.yaml"), "placed on the workload");
            Assert.That(finding.Location.Start.Line, Is.EqualTo(4), "at the workload's name, not line 1");
            Assert.That(finding.Message, Does.StartWith("ServiceAccount shop/default (token mounted unless the ServiceAccount, which is not in the input, sets automountServiceAccountToken: false) is bound to cluster-admin by ClusterRoleBinding default-admin"));
            Assert.That(result.Findings.Single(f => f.RuleId == RuleIds.ClusterAdminBinding).Location.File, Does.EndWith("rbac/binding.yaml"));
        });
    }

    [Test]
    public void With_the_service_account_in_the_input_the_message_says_the_token_is_mounted()
    {
        using var dir = new TempDirectory();
        dir.Write("rbac/binding.yaml", Binding);
        dir.Write("rbac/sa.yaml", "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: default, namespace: shop}\n");
        dir.Write("apps/web.yaml", Deployment);
        var finding = new Linter().Lint(new LintRequest { Paths = [dir.Path] }).Findings.Single(f => f.RuleId == RuleIds.PrivilegedTokenMounted);
        Assert.That(finding.Message, Is.EqualTo("ServiceAccount shop/default (token mounted) is bound to cluster-admin by ClusterRoleBinding default-admin"));
    }

    [Test]
    public void Linting_only_the_changed_deployment_file_gives_no_false_finding_and_says_unknown()
    {
        using var dir = new TempDirectory();
        dir.Write("rbac/binding.yaml", Binding);
        var web = dir.Write("apps/web.yaml", Deployment);
        var result = new Linter().Lint(new LintRequest { Paths = [web] });
        Assert.Multiple(() =>
        {
            Assert.That(result.Findings.Where(f => f.RuleId == RuleIds.PrivilegedTokenMounted), Is.Empty, "the binding is not in the input: nothing is claimed about it");
            Assert.That(result.Findings.Single(f => f.RuleId == RuleIds.DefaultServiceAccountUsed).Message, Does.Contain("not in the input"));
            Assert.That(result.Findings.Single(f => f.RuleId == RuleIds.DefaultServiceAccountUsed).Severity, Is.EqualTo(Severity.Note));
            Assert.That(result.Findings.Where(f => f.RuleId == RuleIds.TokenAutomounted), Is.Empty, "one cause, one finding: the default account's token is KL2003's");
        });
    }

    [Test]
    public void A_service_account_defined_per_environment_resolves_to_the_copy_beside_the_workload()
    {
        // dev/ sorts first: a "first definition wins" index would let dev's opt-out hide prod's token.
        const string OptedOut = "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: default, namespace: shop}\nautomountServiceAccountToken: false\n";
        const string Unset = "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: default, namespace: shop}\n";
        using var dir = new TempDirectory();
        dir.Write("rbac/binding.yaml", Binding);
        dir.Write("envs/dev/sa.yaml", OptedOut);
        dir.Write("envs/dev/web.yaml", Deployment);
        dir.Write("envs/prod/sa.yaml", Unset);
        dir.Write("envs/prod/web.yaml", Deployment);

        var result = new Linter().Lint(new LintRequest { Paths = [dir.Path], UseConfigFiles = false });

        Assert.Multiple(() =>
        {
            Assert.That(result.Findings.Where(f => f.RuleId == RuleIds.PrivilegedTokenMounted).Select(f => f.Location.File), Is.EqualTo(new[] { Path.Combine(dir.Path, "envs/prod/web.yaml") }));
            Assert.That(
                result.Findings.Where(f => f.RuleId == RuleIds.DefaultServiceAccountUsed && f.Object.Kind == "ServiceAccount").Select(f => f.Location.File),
                Is.EqualTo(new[] { Path.Combine(dir.Path, "envs/prod/sa.yaml") }),
                "each definition is an object of its own");
        });
    }

    [Test]
    public void Opting_the_pod_out_of_the_token_silences_it()
    {
        var fixedDeployment = Deployment.Replace("      containers:", "      automountServiceAccountToken: false\n      containers:", StringComparison.Ordinal);
        var result = Lint.Text(Binding + "\n---\n" + fixedDeployment);
        Assert.That(result.Findings.Where(f => f.RuleId == RuleIds.PrivilegedTokenMounted), Is.Empty);
    }
}
