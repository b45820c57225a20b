using KubeLint.Yaml;

namespace KubeLint.Manifests.Rbac;

/// <summary>A subject of a RoleBinding or ClusterRoleBinding read from its tree, with the node to report on.</summary>
internal sealed record BindingSubjectNode(string Kind, string Name, string? Namespace, YamlNode Node)
{
    public static bool IsBinding(K8sObject obj) =>
        obj.ApiGroup == "rbac.authorization.k8s.io" && obj.Kind is "RoleBinding" or "ClusterRoleBinding";

    /// <summary>The subjects of a binding object; none for any other kind.</summary>
    public static IEnumerable<BindingSubjectNode> Of(K8sObject obj)
    {
        if (!IsBinding(obj))
        {
            yield break;
        }

        foreach (var subject in obj.Root["subjects"].AsItems().OfType<YamlMapping>())
        {
            var kind = subject.GetString("kind") ?? string.Empty;
            var ns = subject.GetString("namespace") ?? (kind == "ServiceAccount" && obj.Kind == "RoleBinding" ? obj.Namespace : null);
            yield return new BindingSubjectNode(kind, subject.GetString("name") ?? string.Empty, ns, (YamlNode?)subject["name"] ?? subject);
        }
    }

    /// <summary>The name of the role the binding refers to.</summary>
    public static string RoleNameOf(K8sObject obj) => obj.Root.GetMapping("roleRef")?.GetString("name") ?? string.Empty;
}
