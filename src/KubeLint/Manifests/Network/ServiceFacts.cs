using KubeLint.Manifests.Index;

namespace KubeLint.Manifests.Network;

/// <summary>A Service: which pods it selects and whether it is reachable from outside the cluster.</summary>
/// <param name="Object">The Service.</param>
/// <param name="Namespace">Its namespace.</param>
/// <param name="Name">Its name.</param>
/// <param name="Type">ClusterIP, NodePort, LoadBalancer or ExternalName.</param>
/// <param name="Selector">Its pod selector; empty selects nothing (endpoints are managed by hand).</param>
/// <param name="ExternalReach">Where it is made external (the <c>type</c> or <c>externalIPs</c> line), or null for a cluster-internal Service.</param>
/// <param name="TargetPorts">The target ports it forwards to (numbers or port names).</param>
internal sealed record ServiceFacts(
    ObjectFacts Object,
    string Namespace,
    string Name,
    string Type,
    IReadOnlyDictionary<string, string> Selector,
    Located<string>? ExternalReach,
    IReadOnlyList<string> TargetPorts)
{
    public bool Selects(string ns, IReadOnlyDictionary<string, string> podLabels) =>
        ns == Namespace && Selector.Count > 0 && Selector.All(s => podLabels.TryGetValue(s.Key, out var value) && value == s.Value);
}
