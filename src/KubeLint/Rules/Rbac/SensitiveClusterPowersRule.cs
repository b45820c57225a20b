using KubeLint.Manifests.Rbac;

namespace KubeLint.Rules.Rbac;

internal sealed class SensitiveClusterPowersRule : RolePermissionRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.SensitiveClusterPowers,
        Name = "sensitive-cluster-powers",
        Title = "Role with a sensitive cluster power",
        Category = RuleCategories.Rbac,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["ClusterRole", "Role"],
        WhatItChecks = "Rules that allow `create` on `serviceaccounts/token`; CSR approval (`update` or `patch` on `certificatesigningrequests/approval` together with `approve` on `signers`); `create`, `update` or `patch` on mutating or validating admission webhook configurations; `create` on `persistentvolumes`.",
        WhyItMatters = "Each is an indirect route to other identities or to the nodes: minting tokens for any service account, approving a client certificate for `system:masters` or a node, registering a webhook that sees (and can rewrite) every object sent to the API, or creating a hostPath persistent volume of any node path.",
        HowToFix = "Grant these powers only to the controllers that need them, narrowed with resourceNames where the API allows it.",
        Example = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata:
              name: token-broker
            rules:
              - apiGroups: [""]
                resources: [serviceaccounts/token]
                verbs: [create]
            """,
        FixedExample = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata:
              name: token-broker
            rules:
              - apiGroups: [""]
                resources: [serviceaccounts]
                verbs: [get, list]
            """,
        References = ["CIS Kubernetes Benchmark 5.1.9", "CIS Kubernetes Benchmark 5.1.11", "CIS Kubernetes Benchmark 5.1.12", "CIS Kubernetes Benchmark 5.1.13", "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#kubernetes-privilege-escalation-risks"],
    };

    protected override IReadOnlyList<DangerousPermission> Permissions { get; } =
    [
        DangerousPermissions.CreateServiceAccountTokens,
        DangerousPermissions.ApproveCertificates,
        DangerousPermissions.WriteAdmissionWebhooks,
        DangerousPermissions.CreatePersistentVolumes,
    ];

    protected override string Consequence(DangerousPermission permission) => $"its subjects can {permission.Description}";
}
