using KubeLint.Manifests.PodSecurity;

namespace KubeLint.Rules.PodSecurity;

internal sealed class HostIpcRule : HostNamespaceRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.HostIpc,
        Name = "host-ipc",
        Title = "Pod in the node's IPC namespace",
        Category = RuleCategories.PodSecurity,
        DefaultSeverity = Severity.Error,
        AppliesTo = ["workloads"],
        WhatItChecks = "`spec.hostIPC` of the pod (or pod template), read as Kubernetes reads YAML booleans.",
        WhyItMatters = "With the host's IPC namespace the pod can read and write the shared memory segments and message queues of every process on the node, which other workloads use to pass data they consider private. Pod Security Standards baseline forbids it (control \"Host Namespaces\").",
        HowToFix = "Remove `hostIPC: true`.",
        Example = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: shm
            spec:
              hostIPC: true
              containers:
                - name: app
                  image: busybox:1.36
            """,
        FixedExample = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: shm
            spec:
              containers:
                - name: app
                  image: busybox:1.36
            """,
        Pss = new PssControl(PssLevel.Baseline, "Host Namespaces", new PssVersion(1, 0)),
        Fix = "**Unsafe**: sets `hostIPC: false`; the pod loses whatever it used the node's IPC namespace for.",
        References = ["Pod Security Standards: baseline / Host Namespaces", "CIS Kubernetes Benchmark 5.2.4"],
    };

    protected override string Field => "hostIPC";

    protected override string Consequence => "it shares shared memory and message queues with every process on the node";
}
