using KubeLint.Manifests.Rbac;

namespace KubeLint.Rules.Rbac;

internal sealed class WorkloadCreationRule : RolePermissionRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.WorkloadCreation,
        Name = "workload-creation",
        Title = "Role that creates workloads",
        Category = RuleCategories.Rbac,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["Role", "ClusterRole"],
        WhatItChecks = "Rules that allow `create`, `update` or `patch` on a kind that runs pods: `pods`, `replicationcontrollers`, `deployments`, `daemonsets`, `statefulsets`, `replicasets` (apps), `jobs` and `cronjobs` (batch, plural), including through `*`.",
        WhyItMatters = "Whoever can create or change a pod-running object can run any image with any ServiceAccount of the namespace and mount its token, and, unless pod security admission stops it, mount the node's file system. It is privilege escalation to the most powerful account in reach.",
        HowToFix = "Grant workload writes only to deployment tooling, scoped to one namespace, and keep pod security admission enforcing there.",
        Example = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata:
              name: ci
              namespace: shop
            rules:
              - apiGroups: [apps]
                resources: [deployments]
                verbs: [get, list, create, patch]
            """,
        FixedExample = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata:
              name: ci
              namespace: shop
            rules:
              - apiGroups: [apps]
                resources: [deployments]
                verbs: [get, list]
            """,
        References = ["CIS Kubernetes Benchmark 5.1.4", "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#workload-creation"],
    };

    protected override IReadOnlyList<DangerousPermission> Permissions { get; } = [DangerousPermissions.CreateWorkloads];

    protected override string Consequence(DangerousPermission permission) => "its subjects can run pods as any ServiceAccount of the namespace";
}
