using KubeLint.Manifests.Rbac;

namespace KubeLint.Rules.Rbac;

internal sealed class NodesProxyRule : RolePermissionRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.NodesProxy,
        Name = "nodes-proxy",
        Title = "Role that proxies to kubelets",
        Category = RuleCategories.Rbac,
        DefaultSeverity = Severity.Error,
        AppliesTo = ["ClusterRole", "Role"],
        WhatItChecks = "Rules that allow `get`, `create` or `*` on `nodes/proxy` (in the core group, including through `*`).",
        WhyItMatters = "nodes/proxy reaches the kubelet API of every node through the API server. The kubelet API runs commands in any container on the node (`/exec`, `/run`), and requests through the proxy bypass admission and, for WebSocket upgrades, are authorised as a mere `get`.",
        HowToFix = "Remove nodes/proxy; monitoring agents should read nodes/metrics and nodes/stats instead.",
        Example = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata:
              name: metrics
            rules:
              - apiGroups: [""]
                resources: [nodes, nodes/proxy]
                verbs: [get, list]
            """,
        FixedExample = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata:
              name: metrics
            rules:
              - apiGroups: [""]
                resources: [nodes, nodes/metrics, nodes/stats]
                verbs: [get, list]
            """,
        References = ["CIS Kubernetes Benchmark 5.1.10", "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#nodes-proxy"],
    };

    protected override IReadOnlyList<DangerousPermission> Permissions { get; } = [DangerousPermissions.NodesProxy];

    protected override string Consequence(DangerousPermission permission) => "its subjects reach every kubelet's API, which runs commands in any container of the node";
}
