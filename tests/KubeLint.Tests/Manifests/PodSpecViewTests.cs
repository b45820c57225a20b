using KubeLint.Manifests;
using KubeLint.Manifests.Workloads;
using KubeLint.Yaml;

namespace KubeLint.Tests.Manifests;

public class PodSpecViewTests
{
    private const string Containers = """
        containers:
          - name: app
            image: app:1
        initContainers:
          - name: init
            image: init:1
        ephemeralContainers:
          - name: debug
            image: debug:1
        """;

    private static PodSpecView? View(string yaml) =>
        PodSpecView.CreateAll(ManifestReader.Read("m.yaml", yaml, "default", YamlLimits.Default).Objects.Single()).SingleOrDefault();

    private static string Indent(string text, int spaces) =>
        string.Join('\n', text.Split('\n').Select(l => new string(' ', spaces) + l));

    public static IEnumerable<TestCaseData> WorkloadKinds()
    {
        yield return new TestCaseData($"apiVersion: v1\nkind: Pod\nmetadata: {{name: x}}\nspec:\n{Indent(Containers, 2)}\n").SetArgDisplayNames("Pod");
        foreach (var (apiVersion, kind) in new[] { ("apps/v1", "Deployment"), ("apps/v1", "StatefulSet"), ("apps/v1", "DaemonSet"), ("apps/v1", "ReplicaSet"), ("v1", "ReplicationController"), ("batch/v1", "Job"), ("argoproj.io/v1alpha1", "Rollout"), ("apps.openshift.io/v1", "DeploymentConfig") })
        {
            yield return new TestCaseData($"apiVersion: {apiVersion}\nkind: {kind}\nmetadata: {{name: x}}\nspec:\n  template:\n    spec:\n{Indent(Containers, 6)}\n").SetArgDisplayNames(kind);
        }

        yield return new TestCaseData($"apiVersion: batch/v1\nkind: CronJob\nmetadata: {{name: x}}\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n{Indent(Containers, 10)}\n").SetArgDisplayNames("CronJob");
        yield return new TestCaseData($"apiVersion: v1\nkind: PodTemplate\nmetadata: {{name: x}}\ntemplate:\n  spec:\n{Indent(Containers, 4)}\n").SetArgDisplayNames("PodTemplate");
    }

    [TestCaseSource(nameof(WorkloadKinds))]
    public void Every_workload_kind_exposes_all_three_container_lists(string yaml)
    {
        var view = View(yaml);
        Assert.That(view?.Containers.Select(c => c.Label), Is.EqualTo(new[]
        {
            "container \"app\"",
            "container \"init\" (initContainers[0])",
            "container \"debug\" (ephemeralContainers[0])",
        }));
    }

    [Test]
    public void Non_workloads_have_no_pod_spec() =>
        Assert.That(View("apiVersion: v1\nkind: Service\nmetadata: {name: x}\nspec:\n  template:\n    spec: {}\n"), Is.Null);

    [Test]
    public void Container_fields_override_pod_fields_and_pod_fields_fill_the_gaps()
    {
        const string yaml = """
            apiVersion: v1
            kind: Pod
            metadata: {name: x}
            spec:
              securityContext:
                runAsUser: 1000
                runAsNonRoot: true
              containers:
                - name: a
                  securityContext:
                    runAsNonRoot: false
                - name: b
                  securityContext:
                    runAsUser: ~
            """;
        var containers = View(yaml)!.Containers;
        Assert.Multiple(() =>
        {
            Assert.That(containers[0].Effective.GetBoolean("runAsNonRoot").Value, Is.False, "the container's false overrides the pod's true");
            Assert.That(containers[0].Effective.GetInt64("runAsUser").Value, Is.EqualTo(1000), "the pod's value applies where the container is silent");
            Assert.That(containers[1].Effective.GetInt64("runAsUser").Value, Is.EqualTo(1000), "an explicit null does not override");
            Assert.That(containers[1].Effective.GetBoolean("runAsNonRoot").Value, Is.True);
        });
    }
}
