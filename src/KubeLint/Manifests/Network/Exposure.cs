using KubeLint.Manifests.Index;

namespace KubeLint.Manifests.Network;

/// <summary>One way a workload is reachable from outside the cluster: the object that opens it, and where.</summary>
/// <param name="By">The Service, Ingress or route (or the workload itself for host networking).</param>
/// <param name="At">The line that opens it (the Service's type, the route's backend, hostNetwork or hostPort).</param>
/// <param name="How">For messages: <c>Service shop/web of type LoadBalancer</c>.</param>
internal sealed record Exposure(ObjectFacts By, Located<string> At, string How);
