using KubeLint.Yaml;

namespace KubeLint.Rules.ApiServer;

internal sealed class ApiServerAnonymousAuthRule : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.ApiServerAnonymousAuth,
        Name = "apiserver-anonymous-auth",
        Title = "API server accepts anonymous requests",
        Category = RuleCategories.ApiServer,
        DefaultSeverity = Severity.Error,
        AppliesTo = ["kube-apiserver containers", "AuthenticationConfiguration"],
        WhatItChecks = "kube-apiserver containers for `--anonymous-auth=true` (an error) or no `--anonymous-auth` at all (a warning: the default is true), unless `--authentication-config` hands the decision to a file; and `AuthenticationConfiguration` files whose `anonymous.enabled` is true without `conditions` limiting it to some paths.",
        WhyItMatters = "With anonymous authentication on, every request without credentials is served as `system:anonymous` in group `system:unauthenticated`. RBAC still applies, but a single binding to those subjects (or a permissive authorization mode) then opens the API to anyone who can reach the port.",
        HowToFix = "Set `--anonymous-auth=false`, or in an AuthenticationConfiguration allow anonymous requests only for `/healthz`, `/readyz` and `/livez` with `conditions`.",
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
                    - --anonymous-auth=true
                    - --authorization-mode=Node,RBAC
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
                    - --anonymous-auth=false
                    - --authorization-mode=Node,RBAC
            """,
        References = ["CIS Kubernetes Benchmark 1.2.1", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-requests"],
    };

    public override void Check(RuleContext context)
    {
        if (context.Object is { Kind: "AuthenticationConfiguration" } config && config.ApiGroup == "apiserver.config.k8s.io")
        {
            var anonymous = config.Root.GetMapping("anonymous");
            if (anonymous?["enabled"] is { } enabled && enabled.IsTrue() && anonymous["conditions"].AsItems().Count == 0)
            {
                context.Report(enabled, "AuthenticationConfiguration enables anonymous requests on every path (no conditions)");
            }

            return;
        }

        foreach (var apiServer in context.ApiServers())
        {
            var flag = apiServer.CommandLine["anonymous-auth"];
            if (flag is { IsTrue: true })
            {
                context.Report(flag.Node, "kube-apiserver runs with --anonymous-auth=true: requests without credentials are served as system:anonymous");
            }
            else if (flag is null && apiServer.CommandLine["authentication-config"] is null)
            {
                context.Report(apiServer.Anchor, "kube-apiserver does not set --anonymous-auth=false, and the default is true: requests without credentials are served as system:anonymous", Severity.Warning);
            }
        }
    }
}
