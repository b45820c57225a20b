using System.Globalization;
using KubeLint.Manifests.ControlPlane;

namespace KubeLint.Rules.ApiServer;

internal sealed class ControlPlaneBindAddressRule : ObjectRule
{
    private static readonly (string Program, int Port)[] Programs = [("kube-controller-manager", 10257), ("kube-scheduler", 10259)];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.ControlPlaneBindAddress,
        Name = "control-plane-bind-address",
        Title = "Controller manager or scheduler listens beyond the node",
        Category = RuleCategories.ApiServer,
        DefaultSeverity = Severity.Note,
        AppliesTo = ["kube-controller-manager and kube-scheduler containers"],
        WhatItChecks = "`--bind-address` of kube-controller-manager and kube-scheduler: absent (the default, 0.0.0.0, is every interface) or any address but loopback.",
        WhyItMatters = "These programs need no inbound connections from other machines: their secure ports (10257, 10259) serve health checks, metrics and, with profiling on, debug endpoints. Listening on every interface of a control-plane node puts those endpoints, and any flaw in their authentication, within reach of the whole network.",
        HowToFix = "Bind to loopback with `--bind-address` (kubeadm passes the IPv4 loopback address), and scrape metrics through a local proxy if needed.",
        Example = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: kube-scheduler
              namespace: kube-system
            spec:
              hostNetwork: true
              containers:
                - name: kube-scheduler
                  image: registry.k8s.io/kube-scheduler:v1.31.0
                  command:
                    - kube-scheduler
                    - --profiling=false
            """,
        FixedExample = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: kube-scheduler
              namespace: kube-system
            spec:
              hostNetwork: true
              containers:
                - name: kube-scheduler
                  image: registry.k8s.io/kube-scheduler:v1.31.0
                  command:
                    - kube-scheduler
                    - --profiling=false
                    - --bind-address=127.0.0.1
            """,
        References = ["CIS Kubernetes Benchmark 1.3.7", "CIS Kubernetes Benchmark 1.4.2"],
    };

    public override void Check(RuleContext context)
    {
        foreach (var (program, port) in Programs)
        {
            foreach (var container in context.Running(program))
            {
                var bind = container.CommandLine["bind-address"];
                var served = container.CommandLine["secure-port"]?.Value ?? port.ToString(CultureInfo.InvariantCulture);
                if (bind is null)
                {
                    context.Report(container.Anchor, $"{program} serves port {served} on every interface (--bind-address defaults to 0.0.0.0)");
                }
                else if (bind.Value is not { Length: > 0 })
                {
                    context.Report(bind.Node, $"{program} serves port {served} on every interface (--bind-address is empty)");
                }
                else if (bind.Value is { } address && !NetworkAddress.IsLoopback(address))
                {
                    context.Report(bind.Node, $"{program} serves port {served} on {address}, beyond the node itself");
                }
            }
        }
    }
}
