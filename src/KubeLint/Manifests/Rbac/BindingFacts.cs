using KubeLint.Manifests.Index;
using KubeLint.Yaml;

namespace KubeLint.Manifests.Rbac;

/// <summary>A RoleBinding or ClusterRoleBinding.</summary>
internal sealed record BindingFacts(
    ObjectFacts Object,
    bool IsClusterRoleBinding,
    string Name,
    string RoleKind,
    string RoleName,
    SourceSpan RoleRefSpan,
    string RoleRefPath,
    IReadOnlyList<SubjectFacts> Subjects)
{
    public string? Namespace => Object.Ref.Namespace;

    public string Kind => IsClusterRoleBinding ? "ClusterRoleBinding" : "RoleBinding";

    /// <summary><c>ClusterRoleBinding x</c> or <c>RoleBinding ns/x</c>.</summary>
    public string Display => Object.Ref.Display;
}
