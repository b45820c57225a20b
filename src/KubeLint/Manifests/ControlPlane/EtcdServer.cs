using KubeLint.Manifests.Programs;
using KubeLint.Manifests.Workloads;
using KubeLint.Yaml;

namespace KubeLint.Manifests.ControlPlane;

/// <summary>A container running an etcd server, with its settings from flags and <c>ETCD_*</c> environment variables.</summary>
internal sealed class EtcdServer
{
    /// <summary>Where etcd serves clients when <c>--listen-client-urls</c> is not given.</summary>
    public const string DefaultClientUrl = "http://localhost:2379";

    private readonly ControlPlaneContainer _container;

    private EtcdServer(ControlPlaneContainer container) => _container = container;

    /// <summary>Where findings about a missing setting go.</summary>
    public YamlNode Anchor => _container.Anchor;

    /// <summary>The etcd servers of <paramref name="pod"/>, less those configured by <c>--config-file</c> (settings not visible here).</summary>
    public static IEnumerable<EtcdServer> In(PodSpecView? pod, Func<ContainerView, ContainerCommandLine> commandLineOf) =>
        ControlPlaneContainer.Running(pod, commandLineOf, "etcd")
            .Select(container => new EtcdServer(container))
            .Where(etcd => etcd.Setting("config-file") is null);

    /// <summary>A setting by its flag name, from the command line or else from its environment variable.</summary>
    public FlagOccurrence? Setting(string flag) => _container.FlagOrEnvironment(flag, "ETCD_");
}
