using KubeLint.Yaml;

namespace KubeLint.Manifests.Rbac;

/// <summary>A rule of a Role or ClusterRole read from its tree, with the node to report on.</summary>
internal sealed record RoleRuleNode(PolicyRule Rule, YamlMapping Node, int Index)
{
    /// <summary>The rules of a Role or ClusterRole object; none for any other kind.</summary>
    public static IReadOnlyList<RoleRuleNode> Of(K8sObject obj)
    {
        if (obj.ApiGroup != "rbac.authorization.k8s.io" || obj.Kind is not ("Role" or "ClusterRole"))
        {
            return [];
        }

        var items = obj.Root["rules"].AsItems();
        var rules = new List<RoleRuleNode>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is YamlMapping node)
            {
                rules.Add(new RoleRuleNode(PolicyRule.Read(node, obj.Source.File), node, i));
            }
        }

        return rules;
    }

    /// <summary>The verbs of this rule that grant any of <paramref name="permissions"/>, for messages (<c>create, patch</c>).</summary>
    public string VerbsFor(IEnumerable<Permission> permissions) =>
        string.Join(", ", Rule.Verbs.Where(v => v == "*" || permissions.Any(p => p.Verb == v && Rule.Allows(p.Group, p.Resource, p.Verb))));

    /// <summary>The resources of this rule that grant any of <paramref name="permissions"/>.</summary>
    public string ResourcesFor(IEnumerable<Permission> permissions) =>
        string.Join(", ", permissions.Select(p => p.Resource).Distinct().Where(r => Rule.Resources.Any(rr => rr == r || rr == "*" || (rr.StartsWith("*/", StringComparison.Ordinal) && r.EndsWith(rr[1..], StringComparison.Ordinal)))));
}
