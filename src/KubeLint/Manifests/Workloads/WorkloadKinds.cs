using KubeLint.Yaml;

namespace KubeLint.Manifests.Workloads;

/// <summary>
/// Where objects keep their pod templates. The built-in workload kinds are the fast path; any other
/// kind (a custom resource whose controller creates pods) is read as a workload when it holds a pod
/// spec with a <c>containers</c> list at one of the places such resources put it:
/// <c>spec</c> itself, <c>spec.template</c>, <c>spec.jobTemplate.spec.template</c>,
/// <c>spec.template.spec.template</c>, <c>spec.jobTargetRef.template</c> (KEDA ScaledJob),
/// <c>spec.*ReplicaSpecs.*.template</c> (Kubeflow training jobs), <c>spec.headGroupSpec.template</c>
/// and <c>spec.workerGroupSpecs[*].template</c> (KubeRay), also under <c>spec.rayClusterSpec</c>.
/// </summary>
internal static class WorkloadKinds
{
    /// <summary>
    /// The pod templates of an object: mappings holding <c>spec</c> (and usually <c>metadata</c>);
    /// for a Pod, the object itself. Most workloads have one; some custom resources have several.
    /// </summary>
    public static IReadOnlyList<YamlMapping> PodTemplatesOf(K8sObject obj)
    {
        if (IsWorkload(obj))
        {
            return BuiltInTemplateOf(obj) is { } template ? [template] : [];
        }

        if (obj.Root.GetMapping("spec") is not { } spec)
        {
            return [];
        }

        var templates = new List<YamlMapping>();
        if (HasContainers(spec))
        {
            templates.Add(obj.Root);
        }

        AddTemplate(templates, spec.GetMapping("template"));
        AddTemplate(templates, spec.GetMapping("jobTemplate")?.GetMapping("spec")?.GetMapping("template"));
        AddTemplate(templates, spec.GetMapping("template")?.GetMapping("spec")?.GetMapping("template"));
        AddTemplate(templates, spec.GetMapping("jobTargetRef")?.GetMapping("template"));
        AddReplicaTemplates(templates, spec);
        AddRayTemplates(templates, spec);
        AddRayTemplates(templates, spec.GetMapping("rayClusterSpec"));
        return templates;
    }

    private static bool IsWorkload(K8sObject obj) => IsWorkloadKind(obj.ApiGroup, obj.Kind);

    public static bool IsWorkloadKind(string group, string kind) => (group, kind) switch
    {
        ("", "Pod" or "PodTemplate" or "ReplicationController") => true,
        ("apps" or "extensions", "Deployment" or "StatefulSet" or "DaemonSet" or "ReplicaSet") => true,
        ("batch", "Job" or "CronJob") => true,
        ("argoproj.io", "Rollout") => true,
        ("apps.openshift.io" or "", "DeploymentConfig") => true,
        _ => false,
    };

    private static YamlMapping? BuiltInTemplateOf(K8sObject obj)
    {
        var spec = obj.Root.GetMapping("spec");
        return (obj.ApiGroup, obj.Kind) switch
        {
            ("", "Pod") => obj.Root,
            ("", "PodTemplate") => obj.Root.GetMapping("template"),
            ("batch", "CronJob") => spec?.GetMapping("jobTemplate")?.GetMapping("spec")?.GetMapping("template"),
            _ => spec?.GetMapping("template"),
        };
    }

    private static void AddReplicaTemplates(List<YamlMapping> templates, YamlMapping spec)
    {
        foreach (var entry in spec.Entries)
        {
            if (entry.KeyText is { } key && key.EndsWith("ReplicaSpecs", StringComparison.Ordinal) && entry.Value is YamlMapping replicas)
            {
                foreach (var replica in replicas.Entries)
                {
                    AddTemplate(templates, (replica.Value as YamlMapping)?.GetMapping("template"));
                }
            }
        }
    }

    private static void AddRayTemplates(List<YamlMapping> templates, YamlMapping? spec)
    {
        AddTemplate(templates, spec?.GetMapping("headGroupSpec")?.GetMapping("template"));
        foreach (var group in spec?["workerGroupSpecs"].AsItems() ?? [])
        {
            AddTemplate(templates, (group as YamlMapping)?.GetMapping("template"));
        }
    }

    private static void AddTemplate(List<YamlMapping> templates, YamlMapping? template)
    {
        if (template?.GetMapping("spec") is { } podSpec && HasContainers(podSpec) && !templates.Contains(template))
        {
            templates.Add(template);
        }
    }

    private static bool HasContainers(YamlMapping podSpec) => podSpec["containers"] is YamlSequence;
}
