using KubeLint.Manifests.ControlPlane;

namespace KubeLint.Rules.ApiServer;

internal sealed class KubeletNodeSettingsRule : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.KubeletNodeSettings,
        Name = "kubelet-node-settings",
        Title = "Kubelet node settings below the benchmark",
        Category = RuleCategories.ApiServer,
        DefaultSeverity = Severity.Note,
        AppliesTo = ["KubeletConfiguration", "kubelet containers"],
        WhatItChecks = "`protectKernelDefaults` not true (`--protect-kernel-defaults`; its default is false, so a KubeletConfiguration that leaves it unset is reported), `makeIPTablesUtilChains: false` (`--make-iptables-util-chains=false`; the default is true), and `--hostname-override` on a kubelet command line. A kubelet command line without a flag is not reported: its `--config` file, not seen here, may set it.",
        WhyItMatters = "With kernel defaults unprotected, the kubelet silently changes kernel tunables it disagrees with instead of failing, so a node's hardened sysctls can be undone. Without its iptables chains, the kubelet does not manage the rules that drop traffic to node ports it does not own. An overridden hostname no longer matches the kubelet's certificate, which pushes operators to turn TLS verification of kubelets off.",
        HowToFix = "Set `protectKernelDefaults: true` (after setting the kernel parameters the kubelet expects), leave `makeIPTablesUtilChains` at true, and drop `--hostname-override` unless a cloud provider requires it.",
        Example = """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            protectKernelDefaults: false
            makeIPTablesUtilChains: false
            """,
        FixedExample = """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            protectKernelDefaults: true
            """,
        References = ["CIS Kubernetes Benchmark 4.2.6", "CIS Kubernetes Benchmark 4.2.7", "CIS Kubernetes Benchmark 4.2.8", "https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/"],
    };

    public override void Check(RuleContext context)
    {
        foreach (var setting in KubeletSettings.Either(context, "protectKernelDefaults", "protect-kernel-defaults").Where(s => s.Boolean == false))
        {
            context.Report(setting.Node, $"the kubelet changes kernel tunables it disagrees with instead of failing ({setting.Written})");
        }

        if (KubeletSettings.IsKubeletConfiguration(context.Object) && context.Object.Root["protectKernelDefaults"] is null)
        {
            context.Report(context.Object.AnchorNode, "KubeletConfiguration leaves protectKernelDefaults unset (default false): the kubelet changes kernel tunables it disagrees with instead of failing");
        }

        foreach (var setting in KubeletSettings.Either(context, "makeIPTablesUtilChains", "make-iptables-util-chains").Where(s => s.Boolean == false))
        {
            context.Report(setting.Node, $"the kubelet does not manage its iptables chains ({setting.Written})");
        }

        foreach (var setting in KubeletSettings.FromFlags(context, "hostname-override"))
        {
            context.Report(setting.Node, $"the node is named apart from its host ({setting.Written}), which can break TLS verification between the API server and the kubelet");
        }
    }
}
