namespace KubeLint.Manifests.Rbac;

/// <summary>
/// Roles and bindings of the whole input, and the resolution of a binding to its effective rules. A
/// role defined more than once grants what all its definitions grant, and a built-in ClusterRole
/// (cluster-admin, admin, edit, view) keeps its built-in powers whatever a definition in the input
/// says: a definition can add a grant, never take one away (the API server also reconciles the
/// built-in roles at start-up).
/// </summary>
internal sealed class RbacModel
{
    /// <summary>What each rule grants, worked out once per rule and scope (roles' rules are shared by every account bound to them).</summary>
    private readonly RulePowers _powers = new();

    private readonly Dictionary<NamespacedName, List<RoleFacts>> _roles = [];
    private readonly Dictionary<string, List<RoleFacts>> _clusterRoles = new(StringComparer.Ordinal);
    private readonly List<RoleFacts> _clusterRoleList = [];
    private readonly Dictionary<string, IReadOnlyList<GrantedRule>> _clusterRoleRules = new(StringComparer.Ordinal);
    private readonly Dictionary<SubjectKey, List<SubjectBinding>> _bySubject = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<NamespacedName, IReadOnlyList<DangerousGrant>> _dangerousByServiceAccount = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<SubjectKey, GrantPowers> _powersBySubject = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<SubjectPowers, IReadOnlyList<DangerousGrant>> _dangerousByPowers = new();

    public RbacModel(IReadOnlyList<RoleFacts> roles, IReadOnlyList<BindingFacts> bindings)
    {
        foreach (var role in roles)
        {
            if (role.IsClusterRole)
            {
                DefinitionsOf(_clusterRoles, role.Name).Add(role);
                _clusterRoleList.Add(role);
            }
            else
            {
                DefinitionsOf(_roles, new NamespacedName(role.Namespace ?? string.Empty, role.Name)).Add(role);
            }
        }

        Roles = roles;
        Bindings = bindings;
        foreach (var binding in bindings)
        {
            foreach (var subject in binding.Subjects)
            {
                var key = new SubjectKey(subject.Kind, subject.IsServiceAccount ? subject.Namespace : null, subject.Name);
                if (!_bySubject.TryGetValue(key, out var list))
                {
                    _bySubject[key] = list = [];
                }

                list.Add(new SubjectBinding(binding, subject));
            }
        }
    }

    public IReadOnlyList<RoleFacts> Roles { get; }

    public IReadOnlyList<BindingFacts> Bindings { get; }

    /// <summary>
    /// Every rule a ServiceAccount holds through the bindings of the input: bound directly, as the
    /// user <c>system:serviceaccount:ns:name</c>, or through the groups every service account is in.
    /// </summary>
    public IReadOnlyList<Grant> GrantsOfServiceAccount(string ns, string name) => GrantsOf(BindingsOfServiceAccount(ns, name));

    private List<Grant> GrantsOf(IEnumerable<SubjectBinding> bindings)
    {
        var grants = new List<Grant>();
        foreach (var (binding, subject) in bindings)
        {
            var role = Resolve(binding);
            grants.AddRange(role.Rules.Select(rule => new Grant(binding, subject, role, rule)));
        }

        return grants;
    }

    /// <summary>
    /// The dangerous permissions a ServiceAccount holds, most severe first, unnarrowed grants before
    /// narrowed ones. What each subject (the account, its user name, its groups) is granted is worked out
    /// once and merged per account: bindings to groups every account is in (system:authenticated) reach
    /// every account of the run, and resolving them again for each account made the phase quadratic.
    /// </summary>
    public IReadOnlyList<DangerousGrant> DangerousGrantsOfServiceAccount(string ns, string name) =>
        _dangerousByServiceAccount.GetOrAdd(new NamespacedName(ns, name), key =>
        {
            var subjects = SubjectKeysOfServiceAccount(key.Namespace, key.Name);
            var powers = new SubjectPowers(PowersOf(subjects[0]), PowersOf(subjects[1]), PowersOf(subjects[2]), PowersOf(subjects[3]), PowersOf(subjects[4]));

            // Accounts bound to nothing themselves hold what their namespace's groups hold: one list for all of them.
            return _dangerousByPowers.GetOrAdd(powers, p =>
            {
                var merged = GrantPowers.Merge([p.Account, p.User, p.AllServiceAccounts, p.NamespaceServiceAccounts, p.Authenticated]);
                return Held(merged.Best, merged.AllOf);
            });
        });

    /// <summary>What a subject is granted, worked out once per subject; one shared empty set for the many subjects no binding names.</summary>
    private GrantPowers PowersOf(SubjectKey subject) =>
        _bySubject.TryGetValue(subject, out var bindings)
            ? _powersBySubject.GetOrAdd(subject, _ => GrantPowers.Of(GrantsOf(bindings), _powers))
            : GrantPowers.None;

    /// <summary>
    /// The dangerous permissions in a set of grants, most severe first; for each, the widest grant:
    /// unnarrowed before narrowed by <c>resourceNames</c>, cluster-wide before one namespace.
    /// </summary>
    public static IReadOnlyList<DangerousGrant> DangerousGrantsOf(IReadOnlyList<Grant> grants, RulePowers? cache = null)
    {
        var powers = GrantPowers.Of(grants, cache ?? new RulePowers());
        return Held(powers.Best, powers.AllOf);
    }

    /// <summary>The permissions whose widest grant is known and whose combined parts are all held, most severe first.</summary>
    private static List<DangerousGrant> Held(Grant?[] best, long allOfHeld)
    {
        var found = new List<DangerousGrant>();
        for (var i = 0; i < best.Length; i++)
        {
            if (best[i] is { } grant && (DangerousPermissions.AllOfMask(i) & ~allOfHeld) == 0)
            {
                found.Add(new DangerousGrant(DangerousPermissions.All[i], grant));
            }
        }

        return found;
    }

    private IEnumerable<SubjectBinding> BindingsOfServiceAccount(string ns, string name) =>
        SubjectKeysOfServiceAccount(ns, name).SelectMany(key => _bySubject.GetValueOrDefault(key) ?? []);

    /// <summary>The subjects a ServiceAccount is: itself, its user name, and the groups every service account (of its namespace) and every authenticated client is in.</summary>
    private static SubjectKey[] SubjectKeysOfServiceAccount(string ns, string name) =>
    [
        new("ServiceAccount", ns, name),
        new("User", null, $"system:serviceaccount:{ns}:{name}"),
        new("Group", null, Subjects.AllServiceAccounts),
        new("Group", null, $"{Subjects.AllServiceAccounts}:{ns}"),
        new("Group", null, Subjects.Authenticated),
    ];

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
            return _roles.TryGetValue(new NamespacedName(ns, binding.RoleName), out var definitions)
                ? new ResolvedRole("Role", binding.RoleName, RoleSource.Input, [.. definitions.SelectMany(role => role.Rules.Select(r => new GrantedRule(r, role)))]) { Display = $"Role {ns}/{binding.RoleName}" }
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

        rules.AddRange((BuiltInRoles.RulesOf(name) ?? []).Select(r => new GrantedRule(r, null)));
        var definitions = _clusterRoles.GetValueOrDefault(name) ?? [];
        foreach (var role in definitions.Where(r => r.AggregationSelectors.Count == 0))
        {
            rules.AddRange(role.Rules.Select(r => new GrantedRule(r, role)));
        }

        foreach (var aggregated in AggregatedInto(name, definitions))
        {
            CollectClusterRoleRules(aggregated.Name, rules, visited);
        }
    }

    private IEnumerable<RoleFacts> AggregatedInto(string name, List<RoleFacts> definitions)
    {
        var selectors = definitions.SelectMany(r => r.AggregationSelectors).Where(s => !s.IsEmpty).ToList();
        var builtInLabel = BuiltInRoles.AggregationLabelOf(name);
        return _clusterRoleList.Where(candidate => !definitions.Exists(d => ReferenceEquals(d, candidate))
            && (selectors.Any(selector => selector.Matches(candidate.Labels))
                || (builtInLabel is not null && candidate.Labels.TryGetValue(builtInLabel, out var value) && value == "true")));
    }

    private static List<RoleFacts> DefinitionsOf<TKey>(Dictionary<TKey, List<RoleFacts>> map, TKey key)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        return list;
    }

    // Keys and pairs are classes, not tuples: dictionaries of them use the framework's shared code for
    // reference types, which ReadyToRun precompiles; tuples of strings would be JIT-compiled each run.
    private sealed record NamespacedName(string Namespace, string Name);

    private sealed record SubjectKey(string Kind, string? Namespace, string Name);

    /// <summary>What each subject a ServiceAccount is holds, in the order of <see cref="SubjectKeysOfServiceAccount"/>; equal when the same sets.</summary>
    private sealed record SubjectPowers(GrantPowers Account, GrantPowers User, GrantPowers AllServiceAccounts, GrantPowers NamespaceServiceAccounts, GrantPowers Authenticated);

    private sealed record SubjectBinding(BindingFacts Binding, SubjectFacts Subject);

    /// <summary>
    /// What a set of grants (one subject binding's, or any) holds of each dangerous permission: the widest
    /// grant for it (<see cref="Rank"/>: unnarrowed before narrowed, cluster-wide before one namespace;
    /// the first of equals) and the parts of combined permissions held.
    /// </summary>
    private sealed class GrantPowers
    {
        private GrantPowers(int count)
        {
            Best = new Grant?[count];
            Rank = new int[count];
        }

        /// <summary>No grants at all.</summary>
        public static GrantPowers None { get; } = new(DangerousPermissions.All.Count);

        public Grant?[] Best { get; }

        public int[] Rank { get; }

        public long AllOf { get; private set; }

        /// <summary>The powers of several sets of grants taken in order: the earlier set wins a tie, as its grants came first.</summary>
        public static GrantPowers Merge(IEnumerable<GrantPowers> sets)
        {
            var merged = new GrantPowers(DangerousPermissions.All.Count);
            foreach (var set in sets)
            {
                merged.AllOf |= set.AllOf;
                for (var i = 0; i < merged.Best.Length; i++)
                {
                    if (set.Best[i] is { } grant)
                    {
                        merged.Offer(i, grant, set.Rank[i]);
                    }
                }
            }

            return merged;
        }

        public static GrantPowers Of(IReadOnlyList<Grant> grants, RulePowers cache)
        {
            var powers = new GrantPowers(DangerousPermissions.All.Count);
            foreach (var grant in grants)
            {
                var bits = cache.Of(grant.Rule.Rule, inNamespace: !grant.Binding.IsClusterRoleBinding);
                var rank = (grant.Rule.Rule.IsNarrowed ? 2 : 0) + (grant.Binding.IsClusterRoleBinding ? 0 : 1);
                powers.AllOf |= bits.AllOf;
                for (var i = 0; i < powers.Best.Length; i++)
                {
                    if ((bits.AnyOf & (1L << i)) != 0)
                    {
                        powers.Offer(i, grant, rank);
                    }
                }
            }

            return powers;
        }

        /// <summary>Keeps <paramref name="grant"/> for permission <paramref name="index"/> if it is wider than the one kept; of equals, the first offered.</summary>
        private void Offer(int index, Grant grant, int rank)
        {
            if (Best[index] is null || rank < Rank[index])
            {
                (Best[index], Rank[index]) = (grant, rank);
            }
        }
    }
}
