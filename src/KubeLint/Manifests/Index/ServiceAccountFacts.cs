namespace KubeLint.Manifests.Index;

/// <summary>A ServiceAccount and its own token automount setting.</summary>
internal sealed record ServiceAccountFacts(ObjectFacts Object, string Namespace, string Name, Located<bool>? Automount);
