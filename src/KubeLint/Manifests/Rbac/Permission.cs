namespace KubeLint.Manifests.Rbac;

/// <summary>One request a rule may allow: a verb on a resource (or <c>resource/subresource</c>) of an API group.</summary>
internal sealed record Permission(string Group, string Resource, string Verb);
