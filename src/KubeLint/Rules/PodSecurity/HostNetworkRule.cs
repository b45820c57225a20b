using KubeLint.Manifests.PodSecurity;

namespace KubeLint.Rules.PodSecurity;

internal sealed class HostNetworkRule : HostNamespaceRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.HostNetwork,
        Name = "host-network",
        Title = "Pod in the node's network namespace",
        Category = RuleCategories.PodSecurity,
        DefaultSeverity = Severity.Error,
        AppliesTo = ["workloads"],
        WhatItChecks = "`spec.hostNetwork` of the pod (or pod template), read as Kubernetes reads YAML booleans.",
        WhyItMatters = "With the host's network namespace the pod sees every interface of the node, can bind to any of its ports, reach services listening on localhost only (the kubelet's, the container runtime's, cloud metadata proxies) and sniff traffic. Network policies do not apply to it. Pod Security Standards baseline forbids it (control \"Host Namespaces\").",
        HowToFix = "Remove `hostNetwork: true` and expose the workload through a Service instead.",
        Example = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: sniffer
            spec:
              hostNetwork: true
              containers:
                - name: app
                  image: nicolaka/netshoot:v0.13
            """,
        FixedExample = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: sniffer
            spec:
              containers:
                - name: app
                  image: nicolaka/netshoot:v0.13
            """,
        Pss = new PssControl(PssLevel.Baseline, "Host Namespaces", new PssVersion(1, 0)),
        Fix = "**Unsafe**: sets `hostNetwork: false`; the pod loses whatever it used the node's network stack for.",
        References = ["Pod Security Standards: baseline / Host Namespaces", "CIS Kubernetes Benchmark 5.2.5"],
    };

    protected override string Field => "hostNetwork";

    protected override string Consequence => "it shares the node's network stack, including services bound to the node's localhost";
}
