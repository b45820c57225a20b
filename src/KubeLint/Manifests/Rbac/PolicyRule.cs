using KubeLint.Yaml;

namespace KubeLint.Manifests.Rbac;

/// <summary>One entry of a role's <c>rules</c>, with where it was written.</summary>
internal sealed record PolicyRule(
    IReadOnlyList<string> ApiGroups,
    IReadOnlyList<string> Resources,
    IReadOnlyList<string> Verbs,
    IReadOnlyList<string> ResourceNames,
    IReadOnlyList<string> NonResourceUrls,
    SourceSpan Span,
    string Path)
{
    /// <summary>Whether the rule grants every verb on every resource of every group.</summary>
    public bool IsFullWildcard => ApiGroups.Contains("*") && Resources.Contains("*") && Verbs.Contains("*") && ResourceNames.Count == 0;

    public static PolicyRule Read(YamlMapping rule, string file) =>
        new(
            Strings(rule, "apiGroups"),
            Strings(rule, "resources"),
            Strings(rule, "verbs"),
            Strings(rule, "resourceNames"),
            Strings(rule, "nonResourceURLs"),
            new SourceSpan(file, rule.Start, rule.End),
            rule.Path);

    private static string[] Strings(YamlMapping rule, string key) =>
        rule.GetSequence(key)?.Items.OfType<YamlScalar>().Select(s => s.Value).ToArray() ?? [];
}
