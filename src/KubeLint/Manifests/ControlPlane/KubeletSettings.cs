using KubeLint.Manifests.Programs;
using KubeLint.Manifests.Workloads;
using KubeLint.Yaml;

namespace KubeLint.Manifests.ControlPlane;

/// <summary>A kubelet setting read from a KubeletConfiguration file or from kubelet command-line flags, with where it was written.</summary>
/// <param name="Value">The value as written.</param>
/// <param name="Node">Where it is written.</param>
/// <param name="Source">Which field or flag, for messages.</param>
/// <param name="Boolean">The value read as a boolean the way its source is decoded (YAML 1.1 in a file, Go's ParseBool on a command line), or null when it is not one.</param>
/// <param name="FromFlag">Whether it was read from a kubelet command line (else from a KubeletConfiguration).</param>
internal sealed record KubeletSetting(string Value, YamlNode Node, string Source, bool? Boolean, bool FromFlag)
{
    /// <summary>The setting as written, for messages: <c>KubeletConfiguration rotateCertificates: false</c> or <c>kubelet --rotate-certificates=false</c>.</summary>
    public string Written => FromFlag ? Source : $"{Source}: {Value}";
}

/// <summary>Reads kubelet settings from whichever form the object uses.</summary>
internal static class KubeletSettings
{
    public static bool IsKubeletConfiguration(K8sObject obj) =>
        obj.Kind == "KubeletConfiguration" && obj.ApiGroup == "kubelet.config.k8s.io";

    /// <summary>A KubeletConfiguration field by dotted path, e.g. <c>authentication.anonymous.enabled</c>.</summary>
    public static IEnumerable<KubeletSetting> FromConfiguration(K8sObject obj, string path)
    {
        if (!IsKubeletConfiguration(obj))
        {
            yield break;
        }

        YamlNode? node = obj.Root;
        foreach (var key in path.Split('.'))
        {
            node = (node as YamlMapping)?[key];
        }

        if (node.AsString() is { } value)
        {
            bool? boolean = node.IsTrue() ? true : node.IsFalse() ? false : null;
            yield return new KubeletSetting(value, node!, $"KubeletConfiguration {path}", boolean, FromFlag: false);
        }
    }

    /// <summary>A kubelet flag from the containers of <paramref name="pod"/> that run kubelet.</summary>
    public static IEnumerable<KubeletSetting> FromFlags(PodSpecView? pod, Func<ContainerView, ContainerCommandLine> commandLineOf, string flag)
    {
        foreach (var kubelet in ControlPlaneContainer.Running(pod, commandLineOf, "kubelet"))
        {
            if (kubelet.CommandLine[flag] is FlagOccurrence occurrence)
            {
                // A bare boolean flag is true; a written one is read as Go reads it.
                var boolean = occurrence.Value is null ? true : GoBoolean.Parse(occurrence.Value);
                yield return new KubeletSetting(occurrence.Value ?? "true", occurrence.Node, $"kubelet {occurrence.Display}", boolean, FromFlag: true);
            }
        }
    }
}
