using KubeLint.Manifests.ControlPlane;
using KubeLint.Yaml;

namespace KubeLint.Rules.ApiServer;

internal sealed class KubeProxyMetricsExposedRule : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.KubeProxyMetricsExposed,
        Name = "kube-proxy-metrics-exposed",
        Title = "kube-proxy metrics served beyond the node",
        Category = RuleCategories.ApiServer,
        DefaultSeverity = Severity.Note,
        AppliesTo = ["kube-proxy containers", "KubeProxyConfiguration"],
        WhatItChecks = "kube-proxy's `--metrics-bind-address` (ignored by kube-proxy, and here, when it reads `--config`), or a KubeProxyConfiguration's `metricsBindAddress`, on an address other than loopback (`0.0.0.0:10249`, `:10249`, `0.0.0.0/0`). The default, 127.0.0.1:10249, and an empty address (metrics off) are not reported. The configuration kubeadm keeps inside the `kube-proxy` ConfigMap (`config.conf`) is text within a ConfigMap and is not read.",
        WhyItMatters = "kube-proxy serves its metrics, and its `/proxyMode` and `/configz` pages, over plain HTTP without authentication. kube-proxy runs on the host network, so a non-loopback address publishes them to everything that can reach the node: its configuration, the cluster's Service CIDR and the state of every Service.",
        HowToFix = "Bind metrics to loopback (the default), and scrape them through a local proxy or limit access to the port with a host firewall.",
        Example = """
            apiVersion: kubeproxy.config.k8s.io/v1alpha1
            kind: KubeProxyConfiguration
            metricsBindAddress: 0.0.0.0:10249
            """,
        FixedExample = """
            apiVersion: kubeproxy.config.k8s.io/v1alpha1
            kind: KubeProxyConfiguration
            metricsBindAddress: 127.0.0.1:10249
            """,
        References = ["CIS Kubernetes Benchmark 4.3.1", "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-proxy/"],
    };

    public override void Check(RuleContext context)
    {
        foreach (var proxy in context.Running("kube-proxy"))
        {
            // kube-proxy ignores the flag when it reads a configuration file; that file, if in the input, is checked below.
            if (proxy.CommandLine["config"] is null && proxy.CommandLine["metrics-bind-address"] is { Value: { } address } flag && IsExposed(address))
            {
                context.Report(flag.Node, $"kube-proxy serves its metrics without authentication on {address} (--metrics-bind-address), beyond the node itself");
            }
        }

        var obj = context.Object;
        if (obj.Kind == "KubeProxyConfiguration" && obj.ApiGroup == "kubeproxy.config.k8s.io"
            && obj.Root["metricsBindAddress"] is YamlScalar { Value: var configured } node && IsExposed(configured))
        {
            context.Report(node, $"kube-proxy serves its metrics without authentication on {configured} (metricsBindAddress), beyond the node itself");
        }
    }

    /// <summary>Whether metrics are served beyond loopback; an empty address turns the metrics server off.</summary>
    private static bool IsExposed(string address)
    {
        if (address.Length == 0)
        {
            return false;
        }

        var host = NetworkAddress.HostOf(address);
        var slash = host.IndexOf('/', StringComparison.Ordinal);
        return !NetworkAddress.IsLoopback(slash < 0 ? host : host[..slash]);
    }
}
