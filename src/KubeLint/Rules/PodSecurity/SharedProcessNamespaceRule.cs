using KubeLint.Manifests.Workloads;

namespace KubeLint.Rules.PodSecurity;

internal sealed class SharedProcessNamespaceRule : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.SharedProcessNamespace,
        Name = "shared-process-namespace",
        Title = "Containers share one process namespace",
        Category = RuleCategories.PodSecurity,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["workloads"],
        WhatItChecks = "A pod with `shareProcessNamespace: true` and at least two containers that run at the same time (regular containers and sidecar init containers, `restartPolicy: Always`). Windows pods are exempt (the field is not supported there). Not part of the Pod Security Standards, so `--pss` does not run it.",
        WhyItMatters = "With one process namespace, every container sees the processes of the others. A compromised container can signal them, and, running as the same user or with CAP_SYS_PTRACE, read their environment (`/proc/<pid>/environ`, where Secrets passed as variables live) and their filesystems through `/proc/<pid>/root`, including a sidecar's service-account token or TLS keys. The container boundary inside the pod is gone.",
        HowToFix = "Remove `shareProcessNamespace`; for debugging, attach an ephemeral container with `kubectl debug --target` instead, which shares one container's namespace only while needed.",
        Example = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: app
            spec:
              shareProcessNamespace: true
              containers:
                - name: app
                  image: registry.example.com/app:1.0
                - name: proxy
                  image: registry.example.com/proxy:1.0
            """,
        FixedExample = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: app
            spec:
              containers:
                - name: app
                  image: registry.example.com/app:1.0
                - name: proxy
                  image: registry.example.com/proxy:1.0
            """,
        References = ["https://kubernetes.io/docs/tasks/configure-pod-container/share-process-namespace/", "https://kubernetes.io/docs/tasks/debug/debug-application/debug-running-pod/#ephemeral-container"],
    };

    public override void Check(RuleContext context)
    {
        if (context.Pod is not { IsWindows: false } pod || pod.GetBoolean("shareProcessNamespace") is not (true, { } node))
        {
            return;
        }

        var running = pod.Containers.Where(c => c.List == ContainerList.Containers || (c.List == ContainerList.InitContainers && c.Node.GetString("restartPolicy") == "Always")).ToList();
        if (running.Count >= 2)
        {
            context.Report(node, $"the pod shares one process namespace between {ContainerView.Describe(running)}: each can signal the others and, as the same user, read their environment and files through /proc");
        }
    }
}
