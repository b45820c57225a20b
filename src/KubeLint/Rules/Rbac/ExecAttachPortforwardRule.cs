using KubeLint.Manifests.Rbac;

namespace KubeLint.Rules.Rbac;

internal sealed class ExecAttachPortforwardRule : RolePermissionRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.ExecAttachPortforward,
        Name = "exec-attach-portforward",
        Title = "Role that execs into pods",
        Category = RuleCategories.Rbac,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["Role", "ClusterRole"],
        WhatItChecks = "Rules that allow `get` or `create` on `pods/exec`, `pods/attach` or `pods/portforward`, including through `*` and `*/exec`. `get` counts: the API server authorises the WebSocket upgrade that kubectl uses as `get`.",
        WhyItMatters = "Exec and attach run commands inside running containers, with their file systems, mounted secrets and service-account tokens; port-forward reaches ports that were never exposed. Any of them hands over every pod the subject can see.",
        HowToFix = "Remove pods/exec, pods/attach and pods/portforward, and grant them only to break-glass roles.",
        Example = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata:
              name: support
              namespace: shop
            rules:
              - apiGroups: [""]
                resources: [pods, pods/log, pods/exec]
                verbs: [get, list, create]
            """,
        FixedExample = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata:
              name: support
              namespace: shop
            rules:
              - apiGroups: [""]
                resources: [pods, pods/log]
                verbs: [get, list]
            """,
        References = ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#exec", "CVE-2018-1002105 (why get counts)"],
    };

    protected override IReadOnlyList<DangerousPermission> Permissions { get; } = [DangerousPermissions.ExecIntoPods];

    protected override string Consequence(DangerousPermission permission) => "its subjects can run commands in, or tunnel into, the pods they can see";
}
