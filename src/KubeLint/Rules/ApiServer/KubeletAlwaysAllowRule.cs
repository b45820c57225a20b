namespace KubeLint.Rules.ApiServer;

internal sealed class KubeletAlwaysAllowRule : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.KubeletAlwaysAllow,
        Name = "kubelet-always-allow",
        Title = "Kubelet authorises every request",
        Category = RuleCategories.ApiServer,
        DefaultSeverity = Severity.Error,
        AppliesTo = ["KubeletConfiguration", "kubelet containers"],
        WhatItChecks = "`authorization.mode: AlwaysAllow` in a KubeletConfiguration, or `--authorization-mode=AlwaysAllow` on a kubelet command line.",
        WhyItMatters = "With AlwaysAllow, any client the kubelet authenticates, anonymous included, may exec into every container of the node, read every pod's logs and secrets mounted into them, and more.",
        HowToFix = "Set `authorization.mode: Webhook` so the kubelet asks the API server (and so RBAC) before serving a request.",
        Example = """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            authorization:
              mode: AlwaysAllow
            """,
        FixedExample = """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            authorization:
              mode: Webhook
            """,
        References = ["CIS Kubernetes Benchmark 4.2.2", "https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/"],
    };

    public override void Check(RuleContext context)
    {
        if (!context.MayConfigureKubelet())
        {
            return;
        }

        var settings = context.KubeletValues("authorization.mode", "authorization-mode");
        foreach (var setting in settings.Where(s => s.Value == "AlwaysAllow"))
        {
            context.Report(setting.Node, $"{setting.Source} is AlwaysAllow: every request to the kubelet API is authorised");
        }
    }
}
