namespace KubeLint.Rules.ApiServer;

internal sealed class ApiServerAlwaysAllowRule : ObjectRule
{
    private static readonly string[] ExpectedModes = ["Node", "RBAC"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.ApiServerAlwaysAllow,
        Name = "apiserver-always-allow",
        Title = "API server authorises every request",
        Category = RuleCategories.ApiServer,
        DefaultSeverity = Severity.Error,
        AppliesTo = ["kube-apiserver containers"],
        WhatItChecks = "kube-apiserver's `--authorization-mode`: an error when it contains `AlwaysAllow` or is absent (the default is AlwaysAllow) without `--authorization-config`; a warning when it lacks `RBAC` or `Node`.",
        WhyItMatters = "AlwaysAllow authorises every authenticated request, and with anonymous authentication every request at all: anyone who reaches the API server is cluster-admin. Without `Node`, kubelets are not confined to their own node's objects; without `RBAC`, roles and bindings are ignored.",
        HowToFix = "Set `--authorization-mode=Node,RBAC`.",
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
                    - --anonymous-auth=false
                    - --authorization-mode=AlwaysAllow
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
        References = ["CIS Kubernetes Benchmark 1.2.6", "CIS Kubernetes Benchmark 1.2.7", "CIS Kubernetes Benchmark 1.2.8"],
    };

    public override void Check(RuleContext context)
    {
        foreach (var apiServer in context.ApiServers())
        {
            var flag = apiServer.CommandLine["authorization-mode"];
            if (flag is null)
            {
                if (apiServer.CommandLine["authorization-config"] is null)
                {
                    context.Report(apiServer.Anchor, "kube-apiserver does not set --authorization-mode, so it defaults to AlwaysAllow: every request is authorised");
                }

                continue;
            }

            if (flag.Parts.Contains("AlwaysAllow"))
            {
                context.Report(flag.Node, $"kube-apiserver runs with {flag.Display}: every request is authorised");
                continue;
            }

            var missing = ExpectedModes.Where(mode => !flag.Parts.Contains(mode)).ToList();
            if (missing.Count > 0)
            {
                context.Report(flag.Node, $"kube-apiserver's {flag.Display} lacks {string.Join(" and ", missing)}", Severity.Warning);
            }
        }
    }
}
