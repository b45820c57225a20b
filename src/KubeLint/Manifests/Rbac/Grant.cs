namespace KubeLint.Manifests.Rbac;

/// <summary>How a subject comes to hold a rule: which binding names it (directly or through a group), which role, which rule.</summary>
/// <param name="Binding">The RoleBinding or ClusterRoleBinding.</param>
/// <param name="Subject">The binding's subject that matched (the account itself, or a group it belongs to).</param>
/// <param name="Role">The role the binding refers to.</param>
/// <param name="Rule">The rule, and the role that wrote it when aggregation brought it in.</param>
internal sealed record Grant(BindingFacts Binding, SubjectFacts Subject, ResolvedRole Role, GrantedRule Rule)
{
    /// <summary>Where the rule applies: the RoleBinding's namespace, or null for cluster-wide.</summary>
    public string? Scope => Binding.IsClusterRoleBinding ? null : Binding.Namespace;

    /// <summary><c>cluster-wide</c> or <c>in namespace shop</c>.</summary>
    public string ScopeText => Scope is null ? "cluster-wide" : $"in namespace {Scope}";

    /// <summary><c>ClusterRoleBinding x (ClusterRole y, aggregated from ClusterRole z)</c>.</summary>
    public string BindingAndRole
    {
        get
        {
            var aggregated = Rule.DefinedIn is { } source && source.Name != Role.Name ? $", aggregated from ClusterRole {source.Name}" : string.Empty;
            return $"{Binding.Display} ({Role.Display}{aggregated})";
        }
    }

    /// <summary><c>, as a member of Group system:serviceaccounts</c> when the subject matched through a group; else empty.</summary>
    public string Membership => Subject.Kind == "Group" ? $", as a member of {Subject.Display}" : string.Empty;
}
