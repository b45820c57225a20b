namespace KubeLint.Manifests.Rbac;

/// <summary>A role a binding refers to, with its effective rules (aggregated ones included).</summary>
internal sealed record ResolvedRole(string Kind, string Name, RoleSource Source, IReadOnlyList<GrantedRule> Rules)
{
    /// <summary><c>ClusterRole cluster-admin</c> or <c>Role ns/x</c>.</summary>
    public string Display { get; init; } = $"{Kind} {Name}";

    public bool IsFullWildcard => Rules.Any(r => r.Rule.IsFullWildcard);
}

/// <summary>A rule together with the role that wrote it (which differs from the bound role under aggregation).</summary>
internal sealed record GrantedRule(PolicyRule Rule, RoleFacts? DefinedIn);
