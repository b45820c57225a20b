using KubeLint.Linting;
using KubeLint.Rules.Custom;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.CustomChecks;

/// <summary>Every ready-made check fires on its example and not on its fixed example; the cross-object ones honour who deployed what.</summary>
public class ReadyMadeCheckTests
{
    private static IEnumerable<string> Names => ReadyMadeChecks.All.Select(e => e.Name);

    private static string ConfigFor(CatalogueEntry entry) => $"checks:\n  - id: T-1\n    use: {entry.Name}\n    with: {entry.ExampleParameters}\n";

    [TestCaseSource(nameof(Names))]
    public void It_fires_on_its_example_and_not_on_the_fixed_one(string name)
    {
        var entry = ReadyMadeChecks.Find(name)!;

        Assert.Multiple(() =>
        {
            Assert.That(CustomCheckTests.Lint(ConfigFor(entry), entry.Example).Findings.Select(f => f.RuleId), Does.Contain("T-1"), "example");
            Assert.That(CustomCheckTests.Lint(ConfigFor(entry), entry.FixedExample).Findings.Select(f => f.RuleId), Does.Not.Contain("T-1"), "fixed example");
        });
    }

    [TestCase("registry.example.com/app:1", true)]
    [TestCase("registry.example.com.evil.io/app:1", false)]
    [TestCase("registry.example.comx/app:1", false)]
    [TestCase("ghcr.io/example/app:1", true)]
    [TestCase("ghcr.io/example-evil/app:1", false)]
    [TestCase("ghcr.io/other/app:1", false)]
    public void Allowed_registries_end_at_a_slash(string image, bool allowed) =>
        AssertAllowed("allowed-registries", "{registries: [registry.example.com, ghcr.io/example/]}", $"image: {image}", allowed);

    [TestCase("nginx", false)]
    [TestCase("nginx:latest", false)]
    [TestCase("nginx:1.27", true)]
    [TestCase("registry:5000/nginx", false)]
    [TestCase("registry:5000/nginx:1.27", true)]
    [TestCase("nginx@sha256:0f5d2c3e9a4b1c7d8e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d", true)]
    [TestCase("nginx:latest@sha256:0f5d2c3e9a4b1c7d8e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d", true)]
    public void No_latest_tag_wants_a_tag_or_a_digest(string image, bool allowed) =>
        AssertAllowed("no-latest-tag", "{}", $"image: {image}", allowed);

    [TestCase("/var/log", true)]
    [TestCase("/var/log/app", true)]
    [TestCase("/var/logs", false)]
    [TestCase("/var/log/../../etc", false)]
    [TestCase("/var/log/..", false)]
    [TestCase("/", false)]
    public void Allowed_host_paths_admit_a_folder_and_below_without_climbing(string path, bool allowed)
    {
        var pod = $"apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: c:1\n  volumes:\n    - name: v\n      hostPath:\n        path: {path}\n";
        var findings = CustomCheckTests.Lint("checks:\n  - id: T-1\n    use: allowed-host-paths\n    with: {paths: [/var/log/]}\n", pod).Findings.Where(f => f.RuleId == "T-1");
        Assert.That(findings, allowed ? Is.Empty : Is.Not.Empty);
    }

    [Test]
    public void Required_resources_skip_ephemeral_containers_which_cannot_set_them()
    {
        var pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: c:1\n      resources: {requests: {cpu: 1m, memory: 1Mi}, limits: {memory: 1Mi}}\n  ephemeralContainers:\n    - name: debug\n      image: busybox:1\n";
        Assert.That(CustomCheckTests.Lint("checks:\n  - id: T-1\n    use: required-resources\n", pod).Findings.Where(f => f.RuleId == "T-1"), Is.Empty);
    }

    [Test]
    public void Ingress_host_domains_refuse_rules_without_a_host_and_default_backends()
    {
        var ingress = "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: i\nspec:\n  defaultBackend:\n    service: {name: s, port: {number: 80}}\n  rules:\n    - http:\n        paths: []\n    - host: '*.example.com'\n";
        var findings = CustomCheckTests.Lint("checks:\n  - id: T-1\n    use: ingress-host-domains\n    with: {domains: [example.com]}\n", ingress).Findings.Where(f => f.RuleId == "T-1").Select(f => $"{f.Location.Start.Line} {f.Message}");
        Assert.That(findings, Is.EqualTo(new[] { "6 Ingress i: spec.defaultBackend serves every host name", "9 Ingress i: spec.rules[0] has no 'host'" }));
    }

    private const string Deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  namespace: shop\nspec:\n  selector:\n    matchLabels: {app: api}\n  template:\n    metadata:\n      labels: {app: api, tier: web}\n    spec:\n      serviceAccountName: api\n      containers:\n        - name: api\n          image: api:1\n";

    [TestCase("apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: b, namespace: shop}\nspec:\n  selector: {matchLabels: {app: api}}\n", true)]
    [TestCase("apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: b, namespace: shop}\nspec:\n  selector: {}\n", true)]
    [TestCase("apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata: {name: b, namespace: shop}\nspec:\n  selector: {}\n", false)]
    [TestCase("apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: b, namespace: shop}\nspec:\n  minAvailable: 1\n", false)]
    [TestCase("apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: b, namespace: other}\nspec:\n  selector: {matchLabels: {app: api}}\n", false)]
    [TestCase("apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: b, namespace: shop}\nspec:\n  selector:\n    matchExpressions: [{key: tier, operator: In, values: [db]}]\n", false)]
    public void A_budget_counts_when_it_selects_the_pods_as_Kubernetes_does(string budget, bool counts)
    {
        var findings = CustomCheckTests.Lint("checks:\n  - id: T-1\n    use: requires-pod-disruption-budget\n", Deployment + "---\n" + budget).Findings.Where(f => f.RuleId == "T-1");
        Assert.That(findings, counts ? Is.Empty : Is.Not.Empty);
    }

    [Test]
    public void A_selector_or_service_account_from_an_unrelated_folder_does_not_take_a_finding_away()
    {
        using var repo = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(repo.Path, ".git"));
        repo.Write(".kubelint.yaml", "checks:\n  - id: T-1\n    use: requires-network-policy\n  - id: T-2\n    use: service-account-defined\n");
        repo.Write("shop/deployment.yaml", Deployment);
        repo.Write("elsewhere/policy.yaml", "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: all, namespace: shop}\nspec:\n  podSelector: {}\n---\napiVersion: v1\nkind: ServiceAccount\nmetadata: {name: api, namespace: shop}\n");
        var apart = new Linter().Lint(new LintRequest { Paths = [repo.Path] }).Findings.Select(f => f.RuleId).ToArray();
        repo.Write("shop/policy.yaml", File.ReadAllText(Path.Combine(repo.Path, "elsewhere/policy.yaml")));
        var together = new Linter().Lint(new LintRequest { Paths = [repo.Path] }).Findings.Select(f => f.RuleId).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(apart, Does.Contain("T-1").And.Contain("T-2"));
            Assert.That(together, Does.Not.Contain("T-1").And.Not.Contain("T-2"));
        });
    }

    [Test]
    public void A_match_on_namespaces_keeps_the_ready_made_checks_kinds()
    {
        var objects = Deployment + "---\napiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\n  namespace: shop\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: m\n          image: m:1\n";
        var findings = CustomCheckTests.Lint("checks:\n  - id: T-1\n    use: requires-pod-disruption-budget\n    match: {namespaces: [shop]}\n", objects).Findings.Where(f => f.RuleId == "T-1");

        Assert.That(findings.Select(f => f.Object.Kind), Is.EqualTo(new[] { "Deployment" }), "a Job needs no disruption budget");
    }

    private static void AssertAllowed(string name, string parameters, string imageLine, bool allowed)
    {
        var pod = $"apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      {imageLine}\n";
        var findings = CustomCheckTests.Lint($"checks:\n  - id: T-1\n    use: {name}\n    with: {parameters}\n", pod).Findings.Where(f => f.RuleId == "T-1");
        Assert.That(findings, allowed ? Is.Empty : Is.Not.Empty);
    }
}
