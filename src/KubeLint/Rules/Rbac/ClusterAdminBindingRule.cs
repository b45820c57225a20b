using KubeLint.Manifests.Rbac;

namespace KubeLint.Rules.Rbac;

internal sealed class ClusterAdminBindingRule : CrossObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.ClusterAdminBinding,
        Name = "cluster-admin-binding",
        Title = "Binding that grants cluster-admin",
        Category = RuleCategories.Rbac,
        DefaultSeverity = Severity.Error,
        AppliesTo = ["ClusterRoleBinding", "RoleBinding"],
        WhatItChecks = "Every RoleBinding and ClusterRoleBinding whose role is `cluster-admin`, or any role whose effective rules (its own, or those it aggregates from other ClusterRoles in the input) allow every verb on every resource of every API group. Subjects that are the control plane's own identities (`system:kube-controller-manager`, `system:nodes`…) are not reported; `system:masters` has a rule of its own (KL1011). A RoleBinding to such a role makes its subjects administrators of the binding's namespace, and the message says so.",
        WhyItMatters = "cluster-admin can read every secret, run any pod on any node and grant itself anything else: whoever holds it owns the cluster. When the subject is a ServiceAccount, any pod that mounts its token hands that power to anyone who compromises a single container.",
        HowToFix = "Bind a role that grants only the verbs and resources the subject needs, in the narrowest namespace that works.",
        Example = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata:
              name: ci-deployer
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: ClusterRole
              name: cluster-admin
            subjects:
              - kind: ServiceAccount
                name: deployer
                namespace: ci
            """,
        FixedExample = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata:
              name: ci-deployer
              namespace: shop
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: Role
              name: deployer
            subjects:
              - kind: ServiceAccount
                name: deployer
                namespace: ci
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata:
              name: deployer
              namespace: shop
            rules:
              - apiGroups: [apps]
                resources: [deployments]
                verbs: [get, list, patch]
            """,
        References = ["CIS Kubernetes Benchmark 5.1.1", "https://kubernetes.io/docs/concepts/security/rbac-good-practices/"],
    };

    public override void Check(CrossObjectContext context)
    {
        foreach (var binding in context.Index.Rbac.Bindings)
        {
            var role = context.Index.Rbac.Resolve(binding);
            if (!role.IsFullWildcard)
            {
                continue;
            }

            var subjects = binding.Subjects.Where(s => !Subjects.IsBuiltInControlPlane(s) && s.Name != Subjects.Masters).ToList();
            if (subjects.Count == 0)
            {
                continue;
            }

            var what = role.Name == "cluster-admin" ? "cluster-admin" : $"{role.Display}, which allows every verb on every resource (cluster-admin equivalent),";
            var message = binding.IsClusterRoleBinding
                ? $"{binding.Display} grants {what} to {Subjects.List(subjects)}"
                : $"{binding.Display} grants {what} within namespace {binding.Namespace} (full control of it, its secrets and its RBAC) to {Subjects.List(subjects)}";
            context.Report(binding.Object, binding.RoleRefSpan, binding.RoleRefPath, message);
        }
    }
}
