using KubeLint.Manifests.Programs;
using KubeLint.Manifests.Workloads;
using KubeLint.Yaml;

namespace KubeLint.Manifests.ControlPlane;

/// <summary>
/// A container that runs a control-plane program (kube-apiserver, kube-controller-manager, kube-scheduler,
/// etcd, kubelet) directly, by path, behind /go-runner or inside sh -c, with its flags and version.
/// </summary>
internal sealed record ControlPlaneContainer(ContainerView Container, ContainerCommandLine CommandLine, Version? Version)
{
    /// <summary>Where findings about a missing flag go: where the binary is named, else the container.</summary>
    public YamlNode Anchor => CommandLine.BinaryNode ?? Container.Anchor;

    /// <summary>Whether the program's version is known to be at least <paramref name="major"/>.<paramref name="minor"/>.</summary>
    public bool IsAtLeast(int major, int minor) => Version is { } v && (v.Major > major || (v.Major == major && v.Minor >= minor));

    /// <summary>The containers of <paramref name="pod"/> that run <paramref name="binary"/>.</summary>
    public static IEnumerable<ControlPlaneContainer> Running(PodSpecView? pod, Func<ContainerView, ContainerCommandLine> commandLineOf, string binary)
    {
        foreach (var container in pod?.Containers ?? [])
        {
            var commandLine = commandLineOf(container);
            if (commandLine.Binary == binary)
            {
                var image = container.Node.GetString("image");
                yield return new ControlPlaneContainer(container, commandLine, image is null ? null : ImageReference.Parse(image).Version);
            }
        }
    }

    /// <summary>
    /// A flag as a program that also reads its flags from the environment sees it (etcd: <c>--client-cert-auth</c>
    /// or <c>ETCD_CLIENT_CERT_AUTH</c>); the command line wins over the environment.
    /// </summary>
    public FlagOccurrence? FlagOrEnvironment(string flag, string environmentPrefix)
    {
        if (CommandLine[flag] is { } occurrence)
        {
            return occurrence;
        }

        var value = Container.EnvironmentValue(environmentPrefix + flag.Replace('-', '_').ToUpperInvariant());
        return value is null ? null : new FlagOccurrence(flag, value.Value, value);
    }

    /// <summary>A feature gate's explicit setting in <c>--feature-gates=A=true,B=false</c>, or null when not set.</summary>
    public (bool Enabled, YamlNode Node)? FeatureGate(string gate)
    {
        if (CommandLine["feature-gates"] is not { } gates)
        {
            return null;
        }

        foreach (var part in gates.Parts.Reverse())
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && part[..equals].Trim() == gate)
            {
                return (GoBoolean.Parse(part[(equals + 1)..].Trim()) == true, gates.Node);
            }
        }

        return null;
    }
}
