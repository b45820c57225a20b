using System.Globalization;
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
        WhatItChecks = "Settings whose kubelet default leaves the node less protected, reported when a KubeletConfiguration leaves them unset or either form sets them so: `seccompDefault` not true (`--seccomp-default`), `podPidsLimit` unset or not positive (`--pod-max-pids`), `protectKernelDefaults` not true (`--protect-kernel-defaults`; a CIS check up to benchmark v1.6). Also `streamingConnectionIdleTimeout: 0` (`--streaming-connection-idle-timeout=0`), `makeIPTablesUtilChains: false` (`--make-iptables-util-chains=false`) and `--hostname-override`. A kubelet command line without a flag is not reported: its `--config` file, not seen here, may set it.",
        WhyItMatters = "Without seccompDefault, every container whose pod does not ask for a seccomp profile runs unconfined. Without a PID limit, one pod can fork until the node runs out of process IDs. With kernel defaults unprotected, the kubelet silently changes kernel tunables it disagrees with instead of failing. A streaming idle timeout of 0 keeps exec and port-forward sessions open forever. Without its iptables chains, the kubelet does not manage the rules that drop traffic to node ports it does not own. An overridden hostname can break TLS verification between the API server and the kubelet.",
        HowToFix = "Set `seccompDefault: true`, a positive `podPidsLimit`, `protectKernelDefaults: true` (after setting the kernel parameters the kubelet expects) and a non-zero `streamingConnectionIdleTimeout`; leave `makeIPTablesUtilChains` at true and drop `--hostname-override` unless a cloud provider requires it.",
        Example = """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            protectKernelDefaults: false
            makeIPTablesUtilChains: false
            streamingConnectionIdleTimeout: 0s
            """,
        FixedExample = """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            protectKernelDefaults: true
            seccompDefault: true
            podPidsLimit: 4096
            streamingConnectionIdleTimeout: 4h
            """,
        References = ["CIS Kubernetes Benchmark 4.2.5", "CIS Kubernetes Benchmark 4.2.6", "CIS Kubernetes Benchmark 4.2.7", "CIS Kubernetes Benchmark 4.2.13", "CIS Kubernetes Benchmark 4.2.14", "https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/"],
    };

    public override void Check(RuleContext context)
    {
        if (!context.MayConfigureKubelet())
        {
            return;
        }

        var isConfiguration = KubeletSettings.IsKubeletConfiguration(context.Object);
        ReportUnprotected(context, isConfiguration, "seccompDefault", "seccomp-default", "containers that ask for no seccomp profile run unconfined");
        ReportUnprotected(context, isConfiguration, "protectKernelDefaults", "protect-kernel-defaults", "the kubelet changes kernel tunables it disagrees with instead of failing");

        var pidLimits = context.KubeletValues("podPidsLimit", "pod-max-pids").ToList();
        foreach (var setting in pidLimits.Where(s => !long.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var limit) || limit <= 0))
        {
            context.Report(setting.Node, $"one pod can use every process ID of the node ({setting.Written})");
        }

        if (isConfiguration && pidLimits.Count == 0)
        {
            context.Report(context.Object.AnchorNode, "KubeletConfiguration leaves podPidsLimit unset (no limit): one pod can use every process ID of the node");
        }

        foreach (var setting in context.KubeletValues("streamingConnectionIdleTimeout", "streaming-connection-idle-timeout").Where(s => IsZeroDuration(s.Value)))
        {
            context.Report(setting.Node, $"exec, attach and port-forward sessions never time out ({setting.Written})");
        }

        foreach (var setting in context.KubeletValues("makeIPTablesUtilChains", "make-iptables-util-chains").Where(s => s.Boolean == false))
        {
            context.Report(setting.Node, $"the kubelet does not manage its iptables chains ({setting.Written})");
        }

        foreach (var setting in context.KubeletFlags("hostname-override"))
        {
            context.Report(setting.Node, $"the node is named apart from its host ({setting.Written}), which can break TLS verification between the API server and the kubelet");
        }
    }

    /// <summary>Reports a boolean protection the kubelet leaves off by default: set false either way, or unset in a KubeletConfiguration.</summary>
    private static void ReportUnprotected(RuleContext context, bool isConfiguration, string field, string flag, string consequence)
    {
        var settings = context.KubeletValues(field, flag).ToList();
        foreach (var setting in settings.Where(s => s.Boolean == false))
        {
            context.Report(setting.Node, $"{consequence} ({setting.Written})");
        }

        if (isConfiguration && settings.Count == 0)
        {
            context.Report(context.Object.AnchorNode, $"KubeletConfiguration leaves {field} unset (default false): {consequence}");
        }
    }

    /// <summary>Whether a Go duration (<c>0</c>, <c>0s</c>, <c>0h0m0s</c>) is zero.</summary>
    private static bool IsZeroDuration(string value) =>
        value.Length > 0 && value.All(c => c == '0' || c == '.' || char.IsAsciiLetter(c)) && value.Any(c => c == '0');
}
