using KubeLint.Yaml;

namespace KubeLint.Manifests.Workloads;

/// <summary>
/// A container's security settings after Kubernetes' precedence: a container field overrides the
/// pod field of the same name. Each value comes with the node it was read from.
/// </summary>
public sealed class EffectiveSecurityContext(YamlMapping? pod, YamlMapping? container)
{
    /// <summary>The effective node for a pod-overridable field: the container's if set, else the pod's.</summary>
    public YamlNode? Get(string field) => NonNull(container?[field]) ?? NonNull(pod?[field]);

    /// <summary>The effective scalar for a pod-overridable field.</summary>
    public YamlScalar? GetScalar(string field) => Get(field) as YamlScalar;

    /// <summary>A pod-overridable integer field (runAsUser, runAsGroup) with its node.</summary>
    public (long? Value, YamlNode? Node) GetInt64(string field)
    {
        var node = GetScalar(field);
        return node is not null && node.TryGetInt64(out var value) ? (value, node) : (null, node);
    }

    /// <summary>A pod-overridable boolean field (runAsNonRoot) with its node.</summary>
    public (bool? Value, YamlNode? Node) GetBoolean(string field)
    {
        var node = GetScalar(field);
        return node is not null && node.TryGetBoolean(out var value) ? (value, node) : (null, node);
    }

    private static YamlNode? NonNull(YamlNode? node) => node is YamlScalar { IsNull: true } ? null : node;
}
