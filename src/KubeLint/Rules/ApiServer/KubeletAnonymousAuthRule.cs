namespace KubeLint.Rules.ApiServer;

internal sealed class KubeletAnonymousAuthRule : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.KubeletAnonymousAuth,
        Name = "kubelet-anonymous-auth",
        Title = "Kubelet accepts anonymous requests",
        Category = RuleCategories.ApiServer,
        DefaultSeverity = Severity.Error,
        AppliesTo = ["KubeletConfiguration", "kubelet containers"],
        WhatItChecks = "`authentication.anonymous.enabled: true` in a KubeletConfiguration, or `--anonymous-auth=true` on a kubelet command line.",
        WhyItMatters = "The kubelet API on port 10250 can list pods, read logs and run commands in any container of the node. With anonymous authentication, a request without credentials is served as system:anonymous and, with a permissive authorization mode, gets all of that.",
        HowToFix = "Set `authentication.anonymous.enabled: false` (and keep webhook authentication on).",
        Example = """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            authentication:
              anonymous:
                enabled: true
            """,
        FixedExample = """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            authentication:
              anonymous:
                enabled: false
              webhook:
                enabled: true
            """,
        References = ["CIS Kubernetes Benchmark 4.2.1", "https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/"],
    };

    public override void Check(RuleContext context)
    {
        if (!context.MayConfigureKubelet())
        {
            return;
        }

        var settings = context.KubeletValues("authentication.anonymous.enabled", "anonymous-auth");
        foreach (var setting in settings.Where(s => s.Value.Equals("true", StringComparison.OrdinalIgnoreCase)))
        {
            context.Report(setting.Node, $"{setting.Source} lets requests without credentials reach the kubelet API");
        }
    }
}
