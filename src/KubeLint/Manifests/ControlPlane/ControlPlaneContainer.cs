using KubeLint.Manifests.Commands;
using KubeLint.Manifests.Workloads;
using KubeLint.Rules;
using KubeLint.Yaml;

namespace KubeLint.Manifests.ControlPlane;

/// <summary>A container that runs kube-apiserver (directly, by path, behind /go-runner or inside sh -c), with its flags and version.</summary>
internal sealed record ApiServerContainer(ContainerView Container, ContainerCommandLine CommandLine, Version? Version)
{
    /// <summary>Where findings about a missing flag go: where the binary is named, else the container.</summary>
    public YamlNode Anchor => CommandLine.BinaryNode ?? Container.Anchor;

    /// <summary>Whether the API server's version is known to be at least <paramref name="major"/>.<paramref name="minor"/>.</summary>
    public bool IsAtLeast(int major, int minor) => Version is { } v && (v.Major > major || (v.Major == major && v.Minor >= minor));

    /// <summary>The kube-apiserver containers of the object being checked.</summary>
    public static IEnumerable<ApiServerContainer> In(RuleContext context) => Running(context, "kube-apiserver");

    /// <summary>The containers of the object being checked that run <paramref name="binary"/>.</summary>
    public static IEnumerable<ApiServerContainer> Running(RuleContext context, string binary)
    {
        foreach (var container in context.Pod?.Containers ?? [])
        {
            var commandLine = context.CommandLineOf(container);
            if (commandLine.Binary == binary)
            {
                var image = container.Node.GetString("image");
                yield return new ApiServerContainer(container, commandLine, image is null ? null : ImageReference.Parse(image).Version);
            }
        }
    }
}
