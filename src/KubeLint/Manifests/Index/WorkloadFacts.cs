using KubeLint.Yaml;

namespace KubeLint.Manifests.Index;

/// <summary>What cross-object rules need of a workload: its pod's identity, labels and token settings.</summary>
internal sealed record WorkloadFacts(
    ObjectFacts Object,
    string Namespace,
    string ServiceAccountName,
    Located<string>? ServiceAccountField,
    Located<bool>? Automount,
    IReadOnlyList<Located<string>> ProjectedTokens,
    IReadOnlyDictionary<string, string> PodLabels,
    Located<string> PodSpec)
{
    /// <summary>Where the pod sets <c>hostNetwork: true</c>, or null.</summary>
    public Located<bool>? HostNetwork { get; init; }

    /// <summary>Every non-zero <c>hostPort</c>, with its container's name as the value.</summary>
    public IReadOnlyList<Located<string>> HostPorts { get; init; } = [];

    /// <summary>The CA files its etcd servers trust for client certificates (<c>--trusted-ca-file</c>, with client certificates required).</summary>
    public IReadOnlyList<Located<string>> EtcdClientCas { get; init; } = [];

    /// <summary>The CA files its kube-apiservers trust for client certificates (<c>--client-ca-file</c>).</summary>
    public IReadOnlyList<string> ApiServerClientCas { get; init; } = [];

    /// <summary>The object's own labels (not its pod template's).</summary>
    public IReadOnlyDictionary<string, string> ObjectLabels { get; init; } = StringMap.Empty;

    /// <summary>Whether it is a control-plane Pod the kubelet runs from its manifest folder (<see cref="Workloads.StaticPods"/>).</summary>
    public bool IsControlPlaneStaticPod { get; init; }

    /// <summary>Where a finding about the workload's ServiceAccount goes: its <c>serviceAccountName</c>, else the object's own anchor.</summary>
    public (SourceSpan At, string Path) ServiceAccountPlace =>
        ServiceAccountField is { } setting ? (setting.Span, setting.Path) : (Object.Anchor, Object.AnchorPath);

    /// <summary>Whether the workload runs as its namespace's <c>default</c> ServiceAccount.</summary>
    public bool UsesDefaultServiceAccount => ServiceAccountName == "default";
}
