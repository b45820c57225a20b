using KubeLint.Linting;
using KubeLint.Manifests;
using KubeLint.Rules;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Linting;

/// <summary>What a run keeps until its end grows with its findings, so equal strings are kept once.</summary>
public class RetainedMemoryTests
{
    [Test]
    public void Findings_in_different_files_share_one_copy_of_an_equal_path_message_container_and_fixes()
    {
        using var dir = new TempDirectory();
        dir.Write("a.yaml", SampleManifests.PrivilegedPod("same"));
        dir.Write("b.yaml", SampleManifests.PrivilegedPod("same"));
        var result = new Linter().Lint(new LintRequest { Paths = [dir.Path], MaxDegreeOfParallelism = 2 });

        var privileged = result.Findings.Where(f => f.RuleId == RuleIds.PrivilegedContainer).ToArray();
        Assert.That(privileged, Has.Length.EqualTo(2));
        var (a, b) = (privileged[0], privileged[1]);
        Assert.Multiple(() =>
        {
            Assert.That(a.Location.File, Is.Not.EqualTo(b.Location.File));
            Assert.That(ReferenceEquals(a.Path, b.Path), Is.True, "path");
            Assert.That(ReferenceEquals(a.Message, b.Message), Is.True, "message");
            Assert.That(ReferenceEquals(a.Container, b.Container), Is.True, "container");
            Assert.That(a.Fixes, Is.Not.Empty);
            Assert.That(ReferenceEquals(a.Fixes, b.Fixes), Is.True, "equal fixes are one list of the same fixes");
        });
    }

    [Test]
    public void Objects_read_with_one_pool_share_their_reference_strings_and_the_labels_their_facts_keep()
    {
        const string Manifest = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: shop, labels: {app.kubernetes.io/name: web}}
            spec:
              template:
                metadata: {labels: {app.kubernetes.io/name: web}}
                spec: {containers: [{name: app, image: nginx}]}
            """;
        var pool = new StringPool();
        var (a, b) = (WorkloadOf(Manifest, "a.yaml", pool), WorkloadOf(Manifest, "b.yaml", pool));
        Assert.Multiple(() =>
        {
            Assert.That(ReferenceEquals(a.Object.Ref.ApiVersion, b.Object.Ref.ApiVersion), Is.True, "apiVersion");
            Assert.That(ReferenceEquals(a.Object.Ref.Kind, b.Object.Ref.Kind), Is.True, "kind");
            Assert.That(ReferenceEquals(a.Object.Ref.Namespace, b.Object.Ref.Namespace), Is.True, "namespace");
            Assert.That(ReferenceEquals(a.Object.Ref.Name, b.Object.Ref.Name), Is.True, "name");
            Assert.That(ReferenceEquals(a.ObjectLabels.Keys.Single(), b.ObjectLabels.Keys.Single()), Is.True, "label key");
            Assert.That(ReferenceEquals(a.PodLabels.Values.Single(), b.PodLabels.Values.Single()), Is.True, "pod label value");
            Assert.That(a.PodLabels["app.kubernetes.io/name"], Is.EqualTo("web"));
        });
    }

    private static KubeLint.Manifests.Index.WorkloadFacts WorkloadOf(string manifest, string file, StringPool pool)
    {
        var obj = ManifestReader.Read(file, manifest, "default", KubeLint.Yaml.YamlLimits.Default, pool).Objects.Single();
        var facts = new KubeLint.Manifests.Index.FileFacts();
        KubeLint.Manifests.Index.FactExtractor.Extract(
            obj,
            KubeLint.Manifests.Workloads.PodSpecView.CreateAll(obj).Single(),
            KubeLint.Manifests.Suppressions.SuppressionSet.None,
            facts,
            KubeLint.Manifests.AdminUis.AdminUiCatalog.BuiltIn,
            c => KubeLint.Manifests.Programs.ContainerCommandLine.Parse(c.Node));
        return facts.Workloads.Single();
    }

    [TestCase(1)]
    [TestCase(40)]
    public void A_dashboard_behind_a_NodePort_is_found_however_many_labels_pad_the_pod_and_the_selector(int padding)
    {
        // Past 32 entries a label map is a dictionary, not an array of pairs: padding must not break the join.
        var labels = "{" + string.Join(", ", Enumerable.Range(0, padding).Select(i => $"pad-{i}: v{i}").Append("app: dash")) + "}";
        var manifest = $$"""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: dash, namespace: kubernetes-dashboard}
            spec:
              selector: {matchLabels: {app: dash} }
              template:
                metadata: {labels: {{labels}} }
                spec: {containers: [{name: ui, image: "kubernetesui/dashboard:v2.7.0"}]}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: open, namespace: kubernetes-dashboard}
            spec: {type: NodePort, selector: {{labels}}, ports: [{port: 443}]}
            """;
        var result = new Linter().LintText(manifest, "dash.yaml");
        Assert.That(
            result.Findings.Where(f => f.RuleId == RuleIds.DashboardExposed).Select(f => f.Object.Display),
            Is.EqualTo(new[] { "Service kubernetes-dashboard/open" }));
    }
}
