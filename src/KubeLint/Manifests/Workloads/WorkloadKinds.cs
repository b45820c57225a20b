using KubeLint.Yaml;

namespace KubeLint.Manifests.Workloads;

/// <summary>Where each workload kind keeps its pod template.</summary>
internal static class WorkloadKinds
{
    /// <summary>The pod template's mapping (holding <c>metadata</c> and <c>spec</c>), or the Pod itself.</summary>
    public static YamlMapping? PodTemplateOf(K8sObject obj)
    {
        var spec = obj.Root.GetMapping("spec");
        return (obj.ApiGroup, obj.Kind) switch
        {
            ("", "Pod") => obj.Root,
            ("", "PodTemplate") => obj.Root.GetMapping("template"),
            ("", "ReplicationController") => spec?.GetMapping("template"),
            ("apps" or "extensions", "Deployment" or "StatefulSet" or "DaemonSet" or "ReplicaSet") => spec?.GetMapping("template"),
            ("batch", "Job") => spec?.GetMapping("template"),
            ("batch", "CronJob") => spec?.GetMapping("jobTemplate")?.GetMapping("spec")?.GetMapping("template"),
            ("argoproj.io", "Rollout") => spec?.GetMapping("template"),
            ("apps.openshift.io" or "", "DeploymentConfig") => spec?.GetMapping("template"),
            _ => null,
        };
    }

    public static bool IsWorkload(K8sObject obj) => IsWorkloadKind(obj.ApiGroup, obj.Kind);

    public static bool IsWorkloadKind(string group, string kind) => (group, kind) switch
    {
        ("", "Pod" or "PodTemplate" or "ReplicationController") => true,
        ("apps" or "extensions", "Deployment" or "StatefulSet" or "DaemonSet" or "ReplicaSet") => true,
        ("batch", "Job" or "CronJob") => true,
        ("argoproj.io", "Rollout") => true,
        ("apps.openshift.io" or "", "DeploymentConfig") => true,
        _ => false,
    };
}
