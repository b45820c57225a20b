using KubeLint.Manifests.Rbac;

namespace KubeLint.Rules.Rbac;

internal sealed class PrivilegeEscalationVerbsRule : RolePermissionRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.PrivilegeEscalationVerbs,
        Name = "privilege-escalation-verbs",
        Title = "Role that can escalate, bind or impersonate",
        Category = RuleCategories.Rbac,
        DefaultSeverity = Severity.Error,
        AppliesTo = ["Role", "ClusterRole"],
        WhatItChecks = "Rules that allow `escalate` or `bind` on `roles` or `clusterroles`, or `impersonate` on `users`, `groups`, `serviceaccounts`, `uids` or `userextras`, including through `*` verbs, resources or groups. Narrowed by `resourceNames`, it is a warning.",
        WhyItMatters = "RBAC stops a subject from granting permissions it does not hold, unless it has `escalate` (edit roles beyond its own rights) or `bind` (bind roles it does not hold). `impersonate` lets it act as any user, group or service account, cluster admins included. Each is a direct path to cluster-admin.",
        HowToFix = "Remove escalate, bind and impersonate from the rule; a controller that must create bindings should be limited with resourceNames to the roles it hands out.",
        Example = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata:
              name: rbac-manager
            rules:
              - apiGroups: [rbac.authorization.k8s.io]
                resources: [clusterroles, clusterrolebindings]
                verbs: [get, list, create, bind, escalate]
            """,
        FixedExample = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata:
              name: rbac-manager
            rules:
              - apiGroups: [rbac.authorization.k8s.io]
                resources: [clusterroles, clusterrolebindings]
                verbs: [get, list]
            """,
        References = ["CIS Kubernetes Benchmark 5.1.8", "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#escalate-verb"],
    };

    protected override IReadOnlyList<DangerousPermission> Permissions { get; } = [DangerousPermissions.EscalateOrBind, DangerousPermissions.Impersonate];

    protected override string Consequence(DangerousPermission permission) =>
        permission.Kind == DangerousPermissionKind.Impersonate
            ? "its subjects can act as other users, groups or service accounts, cluster admins included"
            : "its subjects can grant themselves permissions they do not hold";
}
