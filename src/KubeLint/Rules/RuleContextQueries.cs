using KubeLint.Manifests.AdminUis;
using KubeLint.Manifests.ControlPlane;

namespace KubeLint.Rules;

/// <summary>The programs the object being checked runs, read with the context's shared command-line cache and settings.</summary>
internal static class RuleContextQueries
{
    /// <summary>The containers that run <paramref name="binary"/>.</summary>
    public static IEnumerable<ControlPlaneContainer> Running(this RuleContext context, string binary) =>
        ControlPlaneContainer.Running(context.Pod, context.CommandLineOf, binary);

    /// <summary>The kube-apiserver containers.</summary>
    public static IEnumerable<ControlPlaneContainer> ApiServers(this RuleContext context) => context.Running("kube-apiserver");

    /// <summary>The etcd servers whose settings are visible (not given by a configuration file).</summary>
    public static IEnumerable<EtcdServer> EtcdServers(this RuleContext context) => EtcdServer.In(context.Pod, context.CommandLineOf);

    /// <summary>
    /// Whether the object can carry kubelet settings at all: a KubeletConfiguration, or a pod with a
    /// container that runs kubelet. The kubelet rules return at once otherwise, so that the objects
    /// that are neither (nearly all) cost them no allocation.
    /// </summary>
    public static bool MayConfigureKubelet(this RuleContext context) =>
        KubeletSettings.IsKubeletConfiguration(context.Object) || context.Runs("kubelet");

    /// <summary>Whether a container of the pod runs <paramref name="binary"/> (no allocation, unlike <see cref="Running"/>).</summary>
    public static bool Runs(this RuleContext context, string binary)
    {
        var containers = context.Pod?.Containers ?? [];
        for (var i = 0; i < containers.Count; i++)
        {
            if (context.CommandLineOf(containers[i]).Binary == binary)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A kubelet flag of the containers that run kubelet.</summary>
    public static IEnumerable<KubeletSetting> KubeletFlags(this RuleContext context, string flag) =>
        KubeletSettings.FromFlags(context.Pod, context.CommandLineOf, flag);

    /// <summary>A kubelet setting written either way: the KubeletConfiguration field and the equivalent flag.</summary>
    public static IEnumerable<KubeletSetting> KubeletValues(this RuleContext context, string path, string flag) =>
        KubeletSettings.FromConfiguration(context.Object, path).Concat(context.KubeletFlags(flag));

    /// <summary>The containers running the Kubernetes Dashboard, as the run's admin-UI catalogue knows its images.</summary>
    public static IEnumerable<DashboardContainer> Dashboards(this RuleContext context) =>
        DashboardContainer.In(context.Pod, context.CommandLineOf, context.Settings.AdminUis);
}
