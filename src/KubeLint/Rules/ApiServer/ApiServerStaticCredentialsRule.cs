namespace KubeLint.Rules.ApiServer;

internal sealed class ApiServerStaticCredentialsRule : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.ApiServerStaticCredentials,
        Name = "apiserver-static-credentials",
        Title = "API server with static token or password files",
        Category = RuleCategories.ApiServer,
        DefaultSeverity = Severity.Error,
        AppliesTo = ["kube-apiserver containers"],
        WhatItChecks = "kube-apiserver for `--token-auth-file` or `--basic-auth-file` (the latter removed in 1.19: reported as a note when the image is 1.19 or later).",
        WhyItMatters = "Static token and password files hold long-lived credentials in plain text on the control-plane node; they never expire, cannot be rotated without restarting the API server, and are often copied around.",
        HowToFix = "Remove the static credential file and authenticate with client certificates, OIDC or service-account tokens.",
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
                    - --token-auth-file=/etc/kubernetes/tokens.csv
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
                    - --client-ca-file=/etc/kubernetes/pki/ca.crt
            """,
        References = ["CIS Kubernetes Benchmark 1.2.2", "CIS Kubernetes Benchmark 1.2.2 (v1.5: --basic-auth-file)"],
    };

    public override void Check(RuleContext context)
    {
        foreach (var apiServer in context.ApiServers())
        {
            if (apiServer.CommandLine["token-auth-file"] is { } tokens)
            {
                context.Report(tokens.Node, $"kube-apiserver reads static bearer tokens from {tokens.Value}: they never expire");
            }

            if (apiServer.CommandLine["basic-auth-file"] is { } passwords)
            {
                if (apiServer.IsAtLeast(1, 19))
                {
                    context.Report(passwords.Node, "kube-apiserver sets --basic-auth-file, which Kubernetes 1.19 removed: the server refuses to start", Severity.Note);
                }
                else
                {
                    context.Report(passwords.Node, $"kube-apiserver accepts static passwords from {passwords.Value}");
                }
            }
        }
    }
}
