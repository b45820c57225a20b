using KubeLint.Manifests.PodSecurity;
using KubeLint.Yaml;

namespace KubeLint.Rules.PodSecurity;

internal sealed class HostProbeRule : ObjectRule
{
    private static readonly string[] Probes = ["livenessProbe", "readinessProbe", "startupProbe"];
    private static readonly string[] LifecycleHandlers = ["postStart", "preStop"];
    private static readonly string[] Actions = ["httpGet", "tcpSocket"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.HostProbe,
        Name = "host-probe",
        Title = "Probe or lifecycle handler aimed at another host",
        Category = RuleCategories.PodSecurity,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["workloads"],
        WhatItChecks = "The `host` of `httpGet` and `tcpSocket` in every container's liveness, readiness and startup probes and `postStart`/`preStop` handlers; any non-empty value fires, loopback addresses included, as in the standard (policy v1.34 and later).",
        WhyItMatters = "The kubelet runs probes and HTTP lifecycle hooks from the node, with the node's network position. A `host` other than the pod's own address turns the kubelet into a proxy that reaches node-local services, cloud metadata endpoints or other internal hosts on the pod author's behalf. Pod Security Standards baseline forbids it from v1.34 (control \"Probes and lifecycle hooks\").",
        HowToFix = "Remove `host` so the kubelet probes the pod's own IP.",
        Example = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  livenessProbe:
                    httpGet:
                      host: 169.254.169.254
                      path: /latest/meta-data/
                      port: 80
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
                  livenessProbe:
                    httpGet:
                      path: /healthz
                      port: 80
            """,
        Pss = new PssControl(PssLevel.Baseline, "Probes and lifecycle hooks", new PssVersion(1, 34)),
        References = ["Pod Security Standards: baseline / Probes and lifecycle hooks"],
    };

    public override void Check(RuleContext context)
    {
        var onNodeNetwork = context.Pod?.GetBoolean("hostNetwork").Value == true;
        foreach (var container in context.Pod?.Containers ?? [])
        {
            foreach (var probe in Probes)
            {
                CheckHandler(context, container.Node.GetMapping(probe), $"{container.Label} {probe}", onNodeNetwork);
            }

            var lifecycle = container.Node.GetMapping("lifecycle");
            foreach (var handler in LifecycleHandlers)
            {
                CheckHandler(context, lifecycle?.GetMapping(handler), $"{container.Label} lifecycle {handler}", onNodeNetwork);
            }
        }
    }

    private static void CheckHandler(RuleContext context, YamlMapping? handler, string what, bool onNodeNetwork)
    {
        foreach (var action in Actions)
        {
            if (handler?.GetMapping(action)?.GetScalar("host") is { IsNull: false, Value.Length: > 0 } host)
            {
                var target = onNodeNetwork
                    ? "; the pod shares the node's network, so the kubelet connects wherever that address leads from the node"
                    : " instead of the pod";
                context.Report(host, $"{what} {action} targets host {host.Value}{target}");
            }
        }
    }
}
