using KubeLint.Manifests.Commands;
using KubeLint.Rules;
using KubeLint.Yaml;

namespace KubeLint.Manifests.ControlPlane;

/// <summary>A kubelet setting read from a KubeletConfiguration file or from kubelet command-line flags, with where it was written.</summary>
internal sealed record KubeletSetting(string Value, YamlNode Node, string Source);

/// <summary>Reads the three kubelet settings the KL51xx rules check, from whichever form the object uses.</summary>
internal static class KubeletSettings
{
    public static bool IsKubeletConfiguration(K8sObject obj) =>
        obj.Kind == "KubeletConfiguration" && obj.ApiGroup == "kubelet.config.k8s.io";

    /// <summary>A KubeletConfiguration field by dotted path, e.g. <c>authentication.anonymous.enabled</c>.</summary>
    public static IEnumerable<KubeletSetting> FromConfiguration(RuleContext context, string path)
    {
        if (!IsKubeletConfiguration(context.Object))
        {
            yield break;
        }

        YamlNode? node = context.Object.Root;
        foreach (var key in path.Split('.'))
        {
            node = (node as YamlMapping)?[key];
        }

        if (node.AsString() is { } value)
        {
            yield return new KubeletSetting(value, node!, $"KubeletConfiguration {path}");
        }
    }

    /// <summary>A kubelet flag from containers that run kubelet.</summary>
    public static IEnumerable<KubeletSetting> FromFlags(RuleContext context, string flag)
    {
        foreach (var kubelet in ApiServerContainer.Running(context, "kubelet"))
        {
            if (kubelet.CommandLine[flag] is FlagOccurrence occurrence)
            {
                yield return new KubeletSetting(occurrence.Value ?? "true", occurrence.Node, $"kubelet {occurrence.Display}");
            }
        }
    }
}
