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
    public string VerbsFor(IEnumerable<Permission> permissions, bool inNamespace) =>
        string.Join(", ", Rule.Verbs.Where(v => v == "*" || permissions.Any(p => p.Verb == v && Rule.Allows(p.Group, p.Resource, p.Verb, inNamespace))));

    /// <summary>The resources, of the groups the rule names, that it grants any of <paramref name="permissions"/> on.</summary>
    public string ResourcesFor(IEnumerable<Permission> permissions, bool inNamespace) =>
        string.Join(", ", permissions.Where(p => Rule.Allows(p.Group, p.Resource, p.Verb, inNamespace)).Select(p => p.Resource).Distinct());
}
