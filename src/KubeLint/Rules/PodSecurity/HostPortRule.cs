using KubeLint.Manifests.PodSecurity;
using KubeLint.Yaml;

namespace KubeLint.Rules.PodSecurity;

internal sealed class HostPortRule : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.HostPort,
        Name = "host-port",
        Title = "Container port bound on the node",
        Category = RuleCategories.PodSecurity,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["workloads"],
        WhatItChecks = "Every port of every container (all three lists) for a non-zero `hostPort`.",
        WhyItMatters = "A host port opens the container directly on the node's address, bypassing Services and usually network policies, and it exposes the workload wherever the node is reachable. Pod Security Standards baseline forbids host ports (control \"Host Ports\").",
        HowToFix = "Remove `hostPort` and publish the port through a Service.",
        Example = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  ports:
                    - containerPort: 80
                      hostPort: 80
            """,
        FixedExample = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  ports:
                    - containerPort: 80
            """,
        Pss = new PssControl(PssLevel.Baseline, "Host Ports", new PssVersion(1, 0)),
        References = ["Pod Security Standards: baseline / Host Ports", "CIS Kubernetes Benchmark 5.2.12"],
    };

    public override void Check(RuleContext context)
    {
        foreach (var container in context.Pod?.Containers ?? [])
        {
            foreach (var port in container.Node["ports"].AsItems().OfType<YamlMapping>())
            {
                if (port["hostPort"] is { } node && node.AsInt64() is { } hostPort && hostPort != 0)
                {
                    context.Report(node, $"{container.Label} binds port {hostPort} on the node (hostPort)");
                }
            }
        }
    }
}
