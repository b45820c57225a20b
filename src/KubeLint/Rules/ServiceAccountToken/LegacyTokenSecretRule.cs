using KubeLint.Yaml;

namespace KubeLint.Rules.ServiceAccountToken;

internal sealed class LegacyTokenSecretRule : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.LegacyTokenSecret,
        Name = "legacy-token-secret",
        Title = "Long-lived service-account token Secret",
        Category = RuleCategories.ServiceAccountToken,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["Secret"],
        WhatItChecks = "Secrets of `type: kubernetes.io/service-account-token`, for which the token controller writes a token that never expires.",
        WhyItMatters = "These tokens are not bound to a pod or a lifetime: anyone who reads the Secret once (through backups, `get secrets`, a leaked manifest or log) holds the ServiceAccount's permissions until the Secret is deleted. Since Kubernetes 1.22 pods get short-lived projected tokens instead.",
        HowToFix = "Delete the Secret and request short-lived tokens with the TokenRequest API (`kubectl create token`) or a projected serviceAccountToken volume.",
        Example = """
            apiVersion: v1
            kind: Secret
            metadata:
              name: ci-token
              namespace: ci
              annotations:
                kubernetes.io/service-account.name: deployer
            type: kubernetes.io/service-account-token
            """,
        FixedExample = """
            apiVersion: v1
            kind: Secret
            metadata:
              name: ci-config
              namespace: ci
            type: Opaque
            stringData:
              endpoint: https://deploy.example.com
            """,
        References = ["https://kubernetes.io/docs/concepts/security/service-accounts/#get-a-token", "CIS Kubernetes Benchmark 5.1.6"],
    };

    public override void Check(RuleContext context)
    {
        if (context.Object is { ApiGroup: "", Kind: "Secret" } secret
            && secret.Root.GetScalar("type") is { Value: "kubernetes.io/service-account-token" } type)
        {
            var account = secret.Annotations.GetValueOrDefault("kubernetes.io/service-account.name");
            var whose = account is null ? "a ServiceAccount" : $"ServiceAccount {secret.Namespace}/{account}";
            context.Report(type, $"Secret {secret.Namespace}/{secret.Name} holds a non-expiring token for {whose}");
        }
    }
}
