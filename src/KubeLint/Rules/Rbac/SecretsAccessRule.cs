using KubeLint.Manifests.Rbac;

namespace KubeLint.Rules.Rbac;

internal sealed class SecretsAccessRule : RolePermissionRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.SecretsAccess,
        Name = "secrets-access",
        Title = "Role that reads secrets",
        Category = RuleCategories.Rbac,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["Role", "ClusterRole"],
        WhatItChecks = "Rules that allow `get`, `list`, `watch` (or `*`) on `secrets` in the core API group, including through `*` resources or groups. A rule narrowed by `resourceNames` is reported as a note. Rules granting everything are reported by KL1002.",
        WhyItMatters = "Secrets hold service-account tokens, registry credentials, TLS keys and database passwords; reading them is usually one step from impersonating whatever they belong to. `list` and `watch` return every secret's content, not just names.",
        HowToFix = "Remove secrets from the rule, or restrict it to the named secrets the subject needs with `resourceNames` and `get`.",
        Example = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata:
              name: app
              namespace: shop
            rules:
              - apiGroups: [""]
                resources: [configmaps, secrets]
                verbs: [get, list, watch]
            """,
        FixedExample = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata:
              name: app
              namespace: shop
            rules:
              - apiGroups: [""]
                resources: [configmaps]
                verbs: [get, list, watch]
            """,
        References = ["CIS Kubernetes Benchmark 5.1.2", "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets"],
    };

    protected override IReadOnlyList<DangerousPermission> Permissions { get; } = [DangerousPermissions.ReadSecrets];

    protected override string Consequence(DangerousPermission permission) => "its subjects can read secrets, including service-account tokens";

    protected override string NarrowedConsequence(DangerousPermission permission) => "its subjects can read the secrets it names";
}
