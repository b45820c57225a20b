namespace KubeLint.Rules.ApiServer;

internal sealed class KubeletReadOnlyPortRule : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.KubeletReadOnlyPort,
        Name = "kubelet-read-only-port",
        Title = "Kubelet read-only port open",
        Category = RuleCategories.ApiServer,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["KubeletConfiguration", "kubelet containers"],
        WhatItChecks = "A non-zero `readOnlyPort` in a KubeletConfiguration, or a non-zero `--read-only-port` on a kubelet command line.",
        WhyItMatters = "The read-only port (traditionally 10255) serves pod specs, with their environment variables, and node metrics over plain HTTP with no authentication or authorization at all.",
        HowToFix = "Set `readOnlyPort: 0`.",
        Example = """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            readOnlyPort: 10255
            """,
        FixedExample = """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            readOnlyPort: 0
            """,
        References = ["CIS Kubernetes Benchmark 4.2.4"],
    };

    public override void Check(RuleContext context)
    {
        if (!context.MayConfigureKubelet())
        {
            return;
        }

        var settings = context.KubeletValues("readOnlyPort", "read-only-port");
        foreach (var setting in settings.Where(s => s.Value != "0"))
        {
            context.Report(setting.Node, $"{setting.Source} opens port {setting.Value}, which serves pod specs and metrics without authentication");
        }
    }
}
