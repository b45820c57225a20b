namespace KubeLint.Rules.ApiServer;

internal sealed class ApiServerInsecureServingRule : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.ApiServerInsecureServing,
        Name = "apiserver-insecure-serving",
        Title = "API server serving without TLS and authentication",
        Category = RuleCategories.ApiServer,
        DefaultSeverity = Severity.Error,
        AppliesTo = ["kube-apiserver containers"],
        WhatItChecks = "kube-apiserver for a non-zero `--insecure-port`, an `--insecure-bind-address`, or `--secure-port=0`. Both insecure flags were removed in Kubernetes 1.24: when the image tag says 1.24 or later, they are reported as a note (the server refuses to start) rather than an exposure.",
        WhyItMatters = "The insecure port serves the API over plain HTTP and skips authentication and authorization entirely: whoever reaches it is cluster-admin. `--secure-port=0` turns off the authenticated HTTPS endpoint.",
        HowToFix = "Remove `--insecure-port` and `--insecure-bind-address` (or set `--insecure-port=0` on versions before 1.24) and keep `--secure-port` non-zero.",
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
                  image: k8s.gcr.io/kube-apiserver:v1.19.16
                  command:
                    - kube-apiserver
                    - --insecure-port=8080
                    - --insecure-bind-address=0.0.0.0
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
                  image: k8s.gcr.io/kube-apiserver:v1.19.16
                  command:
                    - kube-apiserver
                    - --insecure-port=0
                    - --secure-port=6443
            """,
        References = ["CIS Kubernetes Benchmark v1.6 1.2.19", "CIS Kubernetes Benchmark v1.6 1.2.20"],
    };

    public override void Check(RuleContext context)
    {
        foreach (var apiServer in context.ApiServers())
        {
            var removed = apiServer.IsAtLeast(1, 24);
            var port = apiServer.CommandLine["insecure-port"];
            if (port is not null && port.Value is not ("0" or null))
            {
                Report(context, port, removed, $"kube-apiserver serves {port.Display} without TLS, authentication or authorization");
            }

            if (apiServer.CommandLine["insecure-bind-address"] is { } address)
            {
                Report(context, address, removed, $"kube-apiserver binds its insecure port to {address.Value}");
            }

            if (apiServer.CommandLine["secure-port"] is { Value: "0" } secure)
            {
                context.Report(secure.Node, "kube-apiserver runs with --secure-port=0, which turns off its authenticated HTTPS endpoint");
            }
        }
    }

    private static void Report(RuleContext context, Manifests.Programs.FlagOccurrence flag, bool removed, string message)
    {
        if (removed)
        {
            context.Report(flag.Node, $"kube-apiserver sets --{flag.Name}, which Kubernetes 1.24 removed: the server refuses to start", Severity.Note);
        }
        else
        {
            context.Report(flag.Node, message);
        }
    }
}
