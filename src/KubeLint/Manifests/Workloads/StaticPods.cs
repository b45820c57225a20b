using KubeLint.Manifests.Programs;

namespace KubeLint.Manifests.Workloads;

/// <summary>
/// Pods the kubelet runs from its manifest folder (static pods): the control plane of kubeadm and
/// kOps clusters. The kubelet never gives them a service-account token, so token findings do not
/// apply to them.
/// </summary>
internal static class StaticPods
{
    private static readonly HashSet<string> ControlPlaneBinaries = new(StringComparer.Ordinal)
    {
        "kube-apiserver", "kube-controller-manager", "kube-scheduler", "etcd", "etcd-manager", "kube-proxy",
    };

    /// <summary>
    /// Whether a Pod in <c>kube-system</c> runs a control-plane binary, or carries the labels kubeadm
    /// (<c>tier: control-plane</c>, <c>component</c>) or kOps (<c>k8s-app</c>) give static control-plane pods.
    /// </summary>
    public static bool IsControlPlane(K8sObject obj, PodSpecView pod, Func<ContainerView, ContainerCommandLine> commandLineOf)
    {
        if (obj is not { ApiGroup: "", Kind: "Pod", Namespace: "kube-system" })
        {
            return false;
        }

        return (obj.Labels.TryGetValue("tier", out var tier) && tier == "control-plane")
            || (obj.Labels.TryGetValue("component", out var component) && ControlPlaneBinaries.Contains(component))
            || (obj.Labels.TryGetValue("k8s-app", out var app) && ControlPlaneBinaries.Contains(app))
            || pod.Containers.Any(c => commandLineOf(c).Binary is { } binary && ControlPlaneBinaries.Contains(binary));
    }

    /// <summary>Whether a Pod's file lies in a folder that a kubelet of the run reads static pods from (<c>staticPodPath</c>).</summary>
    public static bool IsInManifestFolder(string file, IEnumerable<string> staticPodPaths)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(file))?.Replace('\\', '/').TrimEnd('/') ?? string.Empty;
        return staticPodPaths.Any(path => path.Length > 1 && (folder + "/").EndsWith(path.Replace('\\', '/').TrimEnd('/') + "/", StringComparison.Ordinal));
    }
}
