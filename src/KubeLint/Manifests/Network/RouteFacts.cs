using KubeLint.Manifests.Index;

namespace KubeLint.Manifests.Network;

/// <summary>An Ingress or Gateway API route: the Services it sends outside traffic to, and what guards it.</summary>
/// <param name="Object">The Ingress, HTTPRoute or GRPCRoute.</param>
/// <param name="Backends">Each backend Service (namespace, name) with where it is named.</param>
/// <param name="AuthGuard">The annotation that puts authentication in front of it, or null.</param>
internal sealed record RouteFacts(ObjectFacts Object, IReadOnlyList<Located<(string Namespace, string Name)>> Backends, string? AuthGuard);
