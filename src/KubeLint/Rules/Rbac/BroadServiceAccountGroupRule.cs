using KubeLint.Manifests.Rbac;

namespace KubeLint.Rules.Rbac;

internal sealed class BroadServiceAccountGroupRule : CrossObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.BroadServiceAccountGroup,
        Name = "broad-serviceaccount-group",
        Title = "Dangerous role granted to all service accounts",
        Category = RuleCategories.Rbac,
        DefaultSeverity = Severity.Error,
        AppliesTo = ["ClusterRoleBinding", "RoleBinding"],
        WhatItChecks = "Bindings whose subject is `Group system:serviceaccounts` (every service account of the cluster) or `system:serviceaccounts:<namespace>` (every one of a namespace) and whose role, resolved across the input (built-in roles and aggregation included), grants a dangerous permission: cluster-admin, escalate/bind/impersonate, nodes/proxy, reading secrets, creating workloads, exec, minting tokens, approving certificates, writing admission webhooks or creating persistent volumes.",
        WhyItMatters = "Every pod runs as some service account and most mount its token, so a power given to the group is a power of every pod in scope: compromising any one container is enough to use it.",
        HowToFix = "Bind the role to the one ServiceAccount that needs it instead of the group.",
        Example = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata:
              name: everyone-edits
              namespace: shop
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: ClusterRole
              name: edit
            subjects:
              - apiGroup: rbac.authorization.k8s.io
                kind: Group
                name: system:serviceaccounts:shop
            """,
        FixedExample = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata:
              name: everyone-edits
              namespace: shop
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: ClusterRole
              name: edit
            subjects:
              - kind: ServiceAccount
                name: deployer
                namespace: shop
            """,
        References = ["https://kubernetes.io/docs/reference/access-authn-authz/rbac/#service-account-permissions"],
    };

    public override void Check(CrossObjectContext context)
    {
        foreach (var binding in context.Index.Rbac.Bindings)
        {
            foreach (var subject in binding.Subjects.Where(s => s.Kind == "Group" && (s.Name == Subjects.AllServiceAccounts || s.Name.StartsWith(Subjects.AllServiceAccounts + ":", StringComparison.Ordinal))))
            {
                var role = context.Index.Rbac.Resolve(binding);
                var grants = role.Rules.Select(rule => new Grant(binding, subject, role, rule)).ToList();
                if (RbacModel.DangerousGrantsOf(grants) is not [var strongest, ..])
                {
                    continue;
                }

                var who = subject.Name == Subjects.AllServiceAccounts
                    ? "every service account of the cluster"
                    : $"every service account of namespace {subject.Name[(Subjects.AllServiceAccounts.Length + 1)..]}";
                context.Report(binding.Object, subject.Span, subject.Path, $"{binding.Display} lets {who} ({subject.Display}) {strongest.Permission.Description} {strongest.Grant.ScopeText} through {role.Display}");
            }
        }
    }
}
