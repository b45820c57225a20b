using KubeLint.Manifests.AdminUis;
using KubeLint.Manifests.Index;

namespace KubeLint.Manifests.Network;

/// <summary>
/// What admin-UI checks need of a ConfigMap: for each key whose value turns some UI's login off,
/// the checks it meets. Values themselves are not kept, so a large ConfigMap costs nothing after its file.
/// </summary>
internal sealed record ConfigMapFacts(ObjectFacts Object, string Namespace, string Name, IReadOnlyDictionary<string, Located<IReadOnlyList<AuthOffCheck>>> Matches)
{
    /// <summary>Whether the value under <paramref name="key"/> meets <paramref name="check"/>, and where it is written.</summary>
    public Located<IReadOnlyList<AuthOffCheck>>? Meets(string key, AuthOffCheck check) =>
        Matches.TryGetValue(key, out var entry) && entry.Value.Contains(check) ? entry : null;
}
