using KubeLint.Manifests.ControlPlane;

namespace KubeLint.Rules.ApiServer;

internal sealed class ApiserverServiceAccountTokensRule : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.ApiserverServiceAccountTokens,
        Name = "apiserver-service-account-tokens",
        Title = "Service-account tokens checked loosely",
        Category = RuleCategories.ApiServer,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["kube-apiserver containers"],
        WhatItChecks = "kube-apiserver's `--service-account-lookup=false` (a warning; the default is true), and a missing `--service-account-key-file` (a note: the API server then verifies tokens with its TLS serving key, `--tls-private-key-file`; a warning when `--service-account-signing-key-file` is set, because the API server refuses to start with one and not the other).",
        WhyItMatters = "Without the lookup, a token stays valid after its ServiceAccount or Secret is deleted, so revoking a leaked token does nothing until it expires. Verifying tokens with the serving key ties two keys that should rotate separately: replacing the TLS certificate invalidates every service-account token, so in practice neither is rotated.",
        HowToFix = "Remove `--service-account-lookup=false`, and pass `--service-account-key-file` with the public key that matches `--service-account-signing-key-file`.",
        Example = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: kube-apiserver
              namespace: kube-system
            spec:
              hostNetwork: true
              containers:
                - name: kube-apiserver
                  image: registry.k8s.io/kube-apiserver:v1.31.0
                  command:
                    - kube-apiserver
                    - --service-account-lookup=false
                    - --service-account-key-file=/etc/kubernetes/pki/sa.pub
            """,
        FixedExample = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: kube-apiserver
              namespace: kube-system
            spec:
              hostNetwork: true
              containers:
                - name: kube-apiserver
                  image: registry.k8s.io/kube-apiserver:v1.31.0
                  command:
                    - kube-apiserver
                    - --service-account-key-file=/etc/kubernetes/pki/sa.pub
                    - --service-account-signing-key-file=/etc/kubernetes/pki/sa.key
            """,
        References = ["CIS Kubernetes Benchmark 1.2.21", "CIS Kubernetes Benchmark 1.2.22", "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/"],
    };

    public override void Check(RuleContext context)
    {
        foreach (var apiServer in ControlPlaneContainer.ApiServers(context))
        {
            if (apiServer.CommandLine["service-account-lookup"] is { IsTrue: false } lookup)
            {
                context.Report(lookup.Node, "kube-apiserver does not look service-account tokens up (--service-account-lookup=false): a token stays valid after its ServiceAccount or Secret is deleted");
            }

            if (apiServer.CommandLine["service-account-key-file"] is { Value.Length: > 0 })
            {
                continue;
            }

            if (apiServer.CommandLine["service-account-signing-key-file"] is { } signing)
            {
                context.Report(signing.Node, "kube-apiserver has --service-account-signing-key-file without --service-account-key-file, which it refuses to start with");
            }
            else
            {
                context.Report(apiServer.Anchor, "kube-apiserver has no --service-account-key-file: service-account tokens are verified with its TLS serving key, which then cannot be rotated on its own", Severity.Note);
            }
        }
    }
}
