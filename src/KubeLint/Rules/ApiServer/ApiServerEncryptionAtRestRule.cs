using KubeLint.Manifests;
using KubeLint.Yaml;

namespace KubeLint.Rules.ApiServer;

internal sealed class ApiServerEncryptionAtRestRule : ObjectRule
{
    /// <summary>The resource strings an EncryptionConfiguration entry uses that take in Secrets.</summary>
    private static readonly string[] SecretsSelectors = ["secrets", "*.", "*.*"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.ApiServerEncryptionAtRest,
        Name = "apiserver-encryption-at-rest",
        Title = "Secrets stored unencrypted in etcd",
        Category = RuleCategories.ApiServer,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["kube-apiserver containers", "EncryptionConfiguration"],
        WhatItChecks = "A kube-apiserver without `--encryption-provider-config`; and an EncryptionConfiguration (apiserver.config.k8s.io, or the older `kind: EncryptionConfig`) in which Secrets are written unencrypted: no entry of `resources` names `secrets` (or `*.`, `*.*`), or the first entry that does lists `identity` as its first provider. The API server encrypts new writes with the first provider of the first matching entry; `identity` later in the list only lets it read data written before encryption was turned on, and `identity` first for other resources (events, say) is a deliberate choice this rule leaves alone.",
        WhyItMatters = "Without encryption at rest, every Secret (service-account tokens, TLS keys, passwords) lies in plain text in etcd's data files and in every etcd backup: whoever reads a snapshot or the etcd disk has every credential of the cluster.",
        HowToFix = "Pass `--encryption-provider-config` and put a real provider (`kms` v2, `secretbox`, `aescbc` or `aesgcm`) before `identity` in the entry that covers `secrets`.",
        Example = """
            apiVersion: apiserver.config.k8s.io/v1
            kind: EncryptionConfiguration
            resources:
              - resources:
                  - secrets
                providers:
                  - identity: {}
                  - aescbc:
                      keys:
                        - name: key1
                          secret: c2VjcmV0IGlzIHNlY3VyZQ==
            """,
        FixedExample = """
            apiVersion: apiserver.config.k8s.io/v1
            kind: EncryptionConfiguration
            resources:
              - resources:
                  - secrets
                providers:
                  - aescbc:
                      keys:
                        - name: key1
                          secret: c2VjcmV0IGlzIHNlY3VyZQ==
                  - identity: {}
            """,
        References = ["CIS Kubernetes Benchmark 1.2.27", "CIS Kubernetes Benchmark 1.2.28", "https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/"],
    };

    public override void Check(RuleContext context)
    {
        foreach (var apiServer in context.ApiServers())
        {
            if (apiServer.CommandLine["encryption-provider-config"] is not { Value.Length: > 0 })
            {
                context.Report(apiServer.Anchor, "kube-apiserver has no --encryption-provider-config: Secrets are written to etcd unencrypted");
            }
        }

        if (IsEncryptionConfiguration(context.Object))
        {
            CheckConfiguration(context);
        }
    }

    private static bool IsEncryptionConfiguration(K8sObject obj) =>
        (obj.Kind == "EncryptionConfiguration" && obj.ApiGroup == "apiserver.config.k8s.io")
        || (obj.Kind == "EncryptionConfig" && obj.ApiVersion == "v1");

    private static void CheckConfiguration(RuleContext context)
    {
        var coveringSecrets = context.Object.Root["resources"].AsItems().OfType<YamlMapping>()
            .FirstOrDefault(entry => entry["resources"].AsItems().Any(r => SecretsSelectors.Contains(r.AsString())));
        if (coveringSecrets is null)
        {
            context.Report(context.Object.AnchorNode, "no entry of this encryption configuration covers secrets: they are written to etcd unencrypted");
            return;
        }

        var providers = coveringSecrets["providers"].AsItems();
        var firstProvider = providers.Count > 0 ? providers[0] as YamlMapping : null;
        if (firstProvider is { Count: > 0 } && firstProvider.Entries[0] is { KeyText: "identity" } identity)
        {
            context.Report(identity.Key, "the first provider for secrets is identity: new Secrets are written to etcd unencrypted");
        }
    }
}
