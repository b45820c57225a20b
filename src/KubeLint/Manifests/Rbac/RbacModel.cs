namespace KubeLint.Manifests.Rbac;

/// <summary>Roles and bindings of the whole input, and the resolution of a binding to its effective rules.</summary>
internal sealed class RbacModel
{
    private readonly Dictionary<(string Namespace, string Name), RoleFacts> _roles = [];
    private readonly Dictionary<string, RoleFacts> _clusterRoles = new(StringComparer.Ordinal);
    private readonly List<RoleFacts> _clusterRoleList = [];
    private readonly Dictionary<string, IReadOnlyList<GrantedRule>> _clusterRoleRules = new(StringComparer.Ordinal);

    public RbacModel(IReadOnlyList<RoleFacts> roles, IReadOnlyList<BindingFacts> bindings)
    {
        foreach (var role in roles)
        {
            if (role.IsClusterRole)
            {
                if (_clusterRoles.TryAdd(role.Name, role))
                {
                    _clusterRoleList.Add(role);
                }
            }
            else
            {
                _roles.TryAdd((role.Namespace ?? string.Empty, role.Name), role);
            }
        }

        Roles = roles;
        Bindings = bindings;
    }

    public IReadOnlyList<RoleFacts> Roles { get; }

    public IReadOnlyList<BindingFacts> Bindings { get; }

    public RoleFacts? FindClusterRole(string name) => _clusterRoles.GetValueOrDefault(name);

    /// <summary>The role a binding refers to, with its effective rules.</summary>
    public ResolvedRole Resolve(BindingFacts binding)
    {
        if (binding.RoleKind == "Role")
        {
            if (binding.IsClusterRoleBinding)
            {
                return new ResolvedRole("Role", binding.RoleName, RoleSource.Missing, []);
            }

            var ns = binding.Namespace ?? string.Empty;
            return _roles.TryGetValue((ns, binding.RoleName), out var role)
                ? new ResolvedRole("Role", role.Name, RoleSource.Input, [.. role.Rules.Select(r => new GrantedRule(r, role))]) { Display = $"Role {ns}/{role.Name}" }
                : new ResolvedRole("Role", binding.RoleName, RoleSource.Missing, []) { Display = $"Role {ns}/{binding.RoleName}" };
        }

        return ResolveClusterRole(binding.RoleName);
    }

    /// <summary>A ClusterRole's effective rules: its own, or (when it aggregates) those of every ClusterRole it selects.</summary>
    public ResolvedRole ResolveClusterRole(string name)
    {
        var source = _clusterRoles.ContainsKey(name) ? RoleSource.Input
            : BuiltInRoles.RulesOf(name) is not null ? RoleSource.BuiltIn
            : RoleSource.Missing;
        return new ResolvedRole("ClusterRole", name, source, ClusterRoleRules(name));
    }

    private IReadOnlyList<GrantedRule> ClusterRoleRules(string name)
    {
        if (_clusterRoleRules.TryGetValue(name, out var cached))
        {
            return cached;
        }

        var rules = new List<GrantedRule>();
        CollectClusterRoleRules(name, rules, new HashSet<string>(StringComparer.Ordinal));
        _clusterRoleRules[name] = rules;
        return rules;
    }

    private void CollectClusterRoleRules(string name, List<GrantedRule> rules, HashSet<string> visited)
    {
        if (!visited.Add(name))
        {
            return;
        }

        var role = _clusterRoles.GetValueOrDefault(name);
        if (role is null)
        {
            rules.AddRange((BuiltInRoles.RulesOf(name) ?? []).Select(r => new GrantedRule(r, null)));
        }
        else if (role.AggregationSelectors.Count == 0)
        {
            rules.AddRange(role.Rules.Select(r => new GrantedRule(r, role)));
        }

        foreach (var aggregated in AggregatedInto(name, role))
        {
            CollectClusterRoleRules(aggregated.Name, rules, visited);
        }
    }

    private IEnumerable<RoleFacts> AggregatedInto(string name, RoleFacts? role)
    {
        if (role is { AggregationSelectors.Count: > 0 })
        {
            return _clusterRoleList.Where(candidate => candidate != role
                && role.AggregationSelectors.Any(selector => !selector.IsEmpty && selector.Matches(candidate.Labels)));
        }

        if (role is null && BuiltInRoles.AggregationLabelOf(name) is { } label)
        {
            return _clusterRoleList.Where(candidate => candidate.Labels.TryGetValue(label, out var value) && value == "true");
        }

        return [];
    }
}
