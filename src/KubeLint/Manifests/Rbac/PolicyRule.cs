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

    /// <summary>Whether <c>resourceNames</c> limits the rule to named objects.</summary>
    public bool IsNarrowed => ResourceNames.Count > 0;

    /// <summary>
    /// Whether the rule allows <paramref name="verb"/> on <paramref name="resource"/> (which may be
    /// <c>resource/subresource</c>) in <paramref name="group"/> ("" is the core group), as the RBAC
    /// authorizer matches: <c>*</c> matches anything, <c>*/sub</c> any resource's subresource, and a
    /// plain resource does not cover its subresources. A rule that applies <paramref name="inNamespace"/>
    /// only (in a Role, or a ClusterRole bound by a RoleBinding) allows nothing cluster-scoped.
    /// </summary>
    public bool Allows(string group, string resource, string verb, bool inNamespace = false) =>
        !(inNamespace && ClusterScopedResources.Contains(group, resource))
        && (ApiGroups.Contains("*") || ApiGroups.Contains(group))
        && (Verbs.Contains("*") || Verbs.Contains(verb))
        && Resources.Any(r => ResourceMatches(r, resource));

    private static bool ResourceMatches(string ruleResource, string resource)
    {
        if (ruleResource == "*" || ruleResource == resource)
        {
            return true;
        }

        var slash = resource.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && ruleResource.StartsWith("*/", StringComparison.Ordinal) && ruleResource[1..] == resource[slash..];
    }

    /// <summary>Reads a rule; with <paramref name="strings"/>, its values and path are kept once per run (rules repeat the same verbs and resources).</summary>
    public static PolicyRule Read(YamlMapping rule, string file, StringPool? strings = null) =>
        new(
            Strings(rule, "apiGroups", strings),
            Strings(rule, "resources", strings),
            Strings(rule, "verbs", strings),
            Strings(rule, "resourceNames", strings),
            Strings(rule, "nonResourceURLs", strings),
            new SourceSpan(file, rule.Start, rule.End),
            strings?.Get(rule.Path) ?? rule.Path);

    private static string[] Strings(YamlMapping rule, string key, StringPool? strings) =>
        rule.GetSequence(key)?.Items.OfType<YamlScalar>().Select(s => strings?.Get(s.Value) ?? s.Value).ToArray() ?? [];
}
