using KubeLint.Manifests.Index;

namespace KubeLint.Manifests.Network;

/// <summary>The entries of a ConfigMap that admin-UI checks read (only the keys the catalogue names are kept).</summary>
internal sealed record ConfigMapFacts(ObjectFacts Object, string Namespace, string Name, IReadOnlyDictionary<string, Located<string>> Entries);
