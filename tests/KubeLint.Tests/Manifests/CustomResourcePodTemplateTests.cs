using KubeLint.Tests.Support;

namespace KubeLint.Tests.Manifests;

/// <summary>
/// Custom resources whose controllers create pods are checked as workloads wherever they keep a pod
/// spec with containers, with findings at the lines of the custom resource itself.
/// </summary>
public class CustomResourcePodTemplateTests
{
    private const string Privileged = "{name: app, image: nginx:1.27, securityContext: {privileged: true}}";

    public static IEnumerable<TestCaseData> Shapes()
    {
        yield return Case("Knative Service (spec.template.spec)", $$"""
            apiVersion: serving.knative.dev/v1
            kind: Service
            metadata: {name: x}
            spec:
              template:
                spec:
                  containers: [{{Privileged}}]
            """, 7);
        yield return Case("OpenKruise CloneSet (spec.template.spec)", $$"""
            apiVersion: apps.kruise.io/v1alpha1
            kind: CloneSet
            metadata: {name: x}
            spec:
              replicas: 2
              template:
                metadata:
                  labels: {app: x}
                spec:
                  containers: [{{Privileged}}]
            """, 10);
        yield return Case("KEDA ScaledJob (spec.jobTargetRef.template.spec)", $$"""
            apiVersion: keda.sh/v1alpha1
            kind: ScaledJob
            metadata: {name: x}
            spec:
              jobTargetRef:
                template:
                  spec:
                    containers: [{{Privileged}}]
            """, 8);
        yield return Case("a CronJob-like kind (spec.jobTemplate.spec.template.spec)", $$"""
            apiVersion: example.com/v1
            kind: ScheduledThing
            metadata: {name: x}
            spec:
              jobTemplate:
                spec:
                  template:
                    spec:
                      containers: [{{Privileged}}]
            """, 9);
        yield return Case("a template inside a template (spec.template.spec.template.spec)", $$"""
            apiVersion: example.com/v1
            kind: Nested
            metadata: {name: x}
            spec:
              template:
                spec:
                  template:
                    spec:
                      containers: [{{Privileged}}]
            """, 9);
        yield return Case("a pod-like kind (spec.containers)", $$"""
            apiVersion: example.com/v1
            kind: Sandbox
            metadata: {name: x}
            spec:
              hostPID: true
              containers: [{{Privileged}}]
            """, 6);
        yield return Case("KubeRay RayCluster (head and worker groups)", $$"""
            apiVersion: ray.io/v1
            kind: RayCluster
            metadata: {name: x}
            spec:
              headGroupSpec:
                template:
                  spec:
                    containers: [{name: head, image: ray}]
              workerGroupSpecs:
                - groupName: gpu
                  template:
                    spec:
                      containers: [{{Privileged}}]
            """, 13);
    }

    [TestCaseSource(nameof(Shapes))]
    public void A_privileged_container_in_a_custom_resource_is_found_at_its_line(string yaml, int line)
    {
        var findings = Lint.Findings(yaml, "KL3001");
        Assert.That(findings.Select(f => f.Location.Start.Line), Is.EqualTo(new[] { line }));
    }

    [Test]
    public void Each_pod_template_of_a_training_job_is_checked_with_its_own_token_mount()
    {
        const string yaml = """
            apiVersion: kubeflow.org/v1
            kind: PyTorchJob
            metadata: {name: train, namespace: ml}
            spec:
              pytorchReplicaSpecs:
                Master:
                  template:
                    spec:
                      hostNetwork: true
                      containers: [{name: pytorch, image: trainer}]
                Worker:
                  template:
                    spec:
                      automountServiceAccountToken: false
                      containers: [{name: pytorch, image: trainer, securityContext: {privileged: true}}]
            """;
        var result = Lint.Text(yaml);
        Assert.Multiple(() =>
        {
            Assert.That(result.Findings.Where(f => f.RuleId == "KL3002").Select(f => f.Location.Start.Line), Is.EqualTo(new[] { 9 }));
            Assert.That(result.Findings.Where(f => f.RuleId == "KL3001").Select(f => f.Location.Start.Line), Is.EqualTo(new[] { 15 }));
            Assert.That(result.Findings.Count(f => f.RuleId is "KL2001" or "KL2003"), Is.EqualTo(1), "only the Master mounts a token");
        });
    }

    [Test]
    public void Policies_that_describe_pods_are_not_pods()
    {
        const string yaml = """
            apiVersion: kyverno.io/v1
            kind: ClusterPolicy
            metadata: {name: disallow-privileged}
            spec:
              rules:
                - name: privileged
                  validate:
                    pattern:
                      spec:
                        template:
                          spec:
                            containers: [{securityContext: {privileged: true}]
            """;
        Assert.That(Lint.Text(yaml).Findings, Is.Empty);
    }

    private static TestCaseData Case(string name, string yaml, int line) => new TestCaseData(yaml, line).SetArgDisplayNames(name);
}
