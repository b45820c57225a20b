using KubeLint.Manifests.PodSecurity;
using KubeLint.Yaml;

namespace KubeLint.Rules.PodSecurity;

internal sealed class WindowsHostProcessRule : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.WindowsHostProcess,
        Name = "windows-host-process",
        Title = "Windows HostProcess container",
        Category = RuleCategories.PodSecurity,
        DefaultSeverity = Severity.Error,
        AppliesTo = ["workloads"],
        WhatItChecks = "`securityContext.windowsOptions.hostProcess` on the pod and on every container.",
        WhyItMatters = "A Windows HostProcess container runs directly on the Windows node with the host's network and file system, as a node administrator if it asks to: it is the Windows equivalent of a privileged container. Pod Security Standards baseline forbids it (control \"HostProcess\").",
        HowToFix = "Remove `hostProcess: true` and run the workload as an ordinary Windows container.",
        Example = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: win-agent
            spec:
              securityContext:
                windowsOptions:
                  hostProcess: true
                  runAsUserName: "NT AUTHORITY\\SYSTEM"
              hostNetwork: true
              containers:
                - name: agent
                  image: example/win-agent:1.0
            """,
        FixedExample = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: win-agent
            spec:
              containers:
                - name: agent
                  image: example/win-agent:1.0
            """,
        Pss = new PssControl(PssLevel.Baseline, "HostProcess", new PssVersion(1, 0)),
        References = ["Pod Security Standards: baseline / HostProcess", "CIS Kubernetes Benchmark 5.2.10", "https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/"],
    };

    public override void Check(RuleContext context)
    {
        if (context.Pod is not { } pod)
        {
            return;
        }

        if ((pod.SecurityField("windowsOptions") as YamlMapping)?["hostProcess"] is { } podNode && podNode.IsTrue())
        {
            context.Report(podNode, "the pod runs as a Windows HostProcess pod (windowsOptions.hostProcess: true)");
        }

        foreach (var container in pod.Containers)
        {
            if ((container.SecurityField("windowsOptions") as YamlMapping)?["hostProcess"] is { } node && node.IsTrue())
            {
                context.Report(node, $"{container.Label} runs as a Windows HostProcess container (windowsOptions.hostProcess: true)");
            }
        }
    }
}
