namespace KubeLint.Rules.ApiServer;

internal sealed class ApiServerServiceAccountTokensRule : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.ApiServerServiceAccountTokens,
        Name = "apiserver-service-account-tokens",
        Title = "Service-account tokens checked loosely",
        Category = RuleCategories.ApiServer,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["kube-apiserver containers"],
        WhatItChecks = "kube-apiserver's `--service-account-lookup=false` (a warning; the default is true); `--service-account-extend-token-expiration` not set to false (a note; the default is true); and a missing `--service-account-key-file` (a note: the API server then verifies tokens with its TLS serving key, `--tls-private-key-file`; a warning when `--service-account-signing-key-file` is set, because the API server refuses to start with one and not the other).",
        WhyItMatters = "Without the lookup, a token stays valid after its ServiceAccount or Secret is deleted, so revoking a leaked token does nothing until it expires. With the expiration extension, the token mounted into every pod is valid for a year whatever its stated lifetime, so a token stolen from a container keeps working long after the pod is gone. Verifying tokens with the serving key ties two keys that should rotate separately: replacing the TLS certificate invalidates every service-account token, so in practice neither is rotated.",
        HowToFix = "Remove `--service-account-lookup=false`, pass `--service-account-extend-token-expiration=false` once no workload relies on old token lifetimes, and pass `--service-account-key-file` with the public key that matches `--service-account-signing-key-file`.",
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
                    - --service-account-extend-token-expiration=false
            """,
        References = ["CIS Kubernetes Benchmark 1.2.21", "CIS Kubernetes Benchmark 1.2.22", "CIS Kubernetes Benchmark 1.2.30", "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/"],
    };

    public override void Check(RuleContext context)
    {
        foreach (var apiServer in context.ApiServers())
        {
            if (apiServer.CommandLine["service-account-lookup"] is { IsTrue: false } lookup)
            {
                context.Report(lookup.Node, "kube-apiserver does not look service-account tokens up (--service-account-lookup=false): a token stays valid after its ServiceAccount or Secret is deleted");
            }

            var extension = apiServer.CommandLine["service-account-extend-token-expiration"];
            if (extension is null || extension.IsTrue)
            {
                context.Report(extension?.Node ?? apiServer.Anchor, "kube-apiserver extends the tokens it mounts into pods to a year (--service-account-extend-token-expiration defaults to true): a stolen pod token outlives its pod", Severity.Note);
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
