using KubeLint.Yaml;

namespace KubeLint.Rules.ApiServer;

internal sealed class ControlPlaneProfilingRule : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.ControlPlaneProfiling,
        Name = "control-plane-profiling",
        Title = "Controller manager or scheduler profiling on",
        Category = RuleCategories.ApiServer,
        DefaultSeverity = Severity.Note,
        AppliesTo = ["kube-controller-manager and kube-scheduler containers", "KubeSchedulerConfiguration"],
        WhatItChecks = "`--profiling` not false on kube-controller-manager or kube-scheduler (on by default), and a KubeSchedulerConfiguration whose `enableProfiling` is not false. kube-scheduler ignores `--profiling` when it reads `--config`, so such a command line is left to its configuration file. The API server's profiling is KL5007.",
        WhyItMatters = "The profiling endpoints (/debug/pprof) reveal the program's internals and let a caller start expensive CPU profiles; they serve no purpose in production.",
        HowToFix = "Pass `--profiling=false` (or set `enableProfiling: false` in the scheduler's configuration file).",
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
                    - --bind-address=127.0.0.1
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
                    - --bind-address=127.0.0.1
                    - --profiling=false
            """,
        References = ["CIS Kubernetes Benchmark 1.3.2", "CIS Kubernetes Benchmark 1.4.1"],
    };

    public override void Check(RuleContext context)
    {
        foreach (var program in (string[])["kube-controller-manager", "kube-scheduler"])
        {
            foreach (var container in context.Running(program))
            {
                if (program == "kube-scheduler" && container.CommandLine["config"] is not null)
                {
                    continue;
                }

                var profiling = container.CommandLine["profiling"];
                if (profiling is null || profiling.IsTrue)
                {
                    context.Report(profiling?.Node ?? container.Anchor, $"{program} leaves profiling on (--profiling defaults to true)");
                }
            }
        }

        var obj = context.Object;
        if (obj.Kind == "KubeSchedulerConfiguration" && obj.ApiGroup == "kubescheduler.config.k8s.io" && !obj.Root["enableProfiling"].IsFalse())
        {
            context.Report(obj.Root["enableProfiling"] ?? obj.AnchorNode, "KubeSchedulerConfiguration leaves profiling on (enableProfiling defaults to true)");
        }
    }
}
