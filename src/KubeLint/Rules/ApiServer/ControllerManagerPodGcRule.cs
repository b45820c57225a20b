using System.Globalization;

namespace KubeLint.Rules.ApiServer;

internal sealed class ControllerManagerPodGcRule : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.ControllerManagerPodGc,
        Name = "controller-manager-pod-gc",
        Title = "Terminated pods kept without bound",
        Category = RuleCategories.ApiServer,
        DefaultSeverity = Severity.Note,
        AppliesTo = ["kube-controller-manager containers"],
        WhatItChecks = "kube-controller-manager's `--terminated-pod-gc-threshold`: unset (the default keeps 12,500 terminated pods before any is collected) is a note; zero or negative turns the collector of terminated pods off and is a warning.",
        WhyItMatters = "Terminated pods stay in etcd with their specs and status until collected. A threshold sized for the cluster keeps the API server and etcd responsive; with the collector off, a CronJob or a crash-looping Job can fill etcd until the control plane slows down or fails.",
        HowToFix = "Set `--terminated-pod-gc-threshold` to a value that fits the cluster (CIS suggests 10; a few hundred to a few thousand is common).",
        Example = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: kube-controller-manager
              namespace: kube-system
            spec:
              hostNetwork: true
              containers:
                - name: kube-controller-manager
                  image: registry.k8s.io/kube-controller-manager:v1.31.0
                  command:
                    - kube-controller-manager
                    - --terminated-pod-gc-threshold=0
            """,
        FixedExample = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: kube-controller-manager
              namespace: kube-system
            spec:
              hostNetwork: true
              containers:
                - name: kube-controller-manager
                  image: registry.k8s.io/kube-controller-manager:v1.31.0
                  command:
                    - kube-controller-manager
                    - --terminated-pod-gc-threshold=1000
            """,
        References = ["CIS Kubernetes Benchmark 1.3.1", "https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-garbage-collection"],
    };

    public override void Check(RuleContext context)
    {
        foreach (var manager in context.Running("kube-controller-manager"))
        {
            var threshold = manager.CommandLine["terminated-pod-gc-threshold"];
            if (threshold is null)
            {
                context.Report(manager.Anchor, "kube-controller-manager keeps up to 12,500 terminated pods (the default of --terminated-pod-gc-threshold)");
            }
            else if (int.TryParse(threshold.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value <= 0)
            {
                context.Report(threshold.Node, $"kube-controller-manager never collects terminated pods ({threshold.Display})", Severity.Warning);
            }
        }
    }
}
