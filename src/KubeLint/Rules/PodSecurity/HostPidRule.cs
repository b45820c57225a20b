using KubeLint.Manifests.PodSecurity;

namespace KubeLint.Rules.PodSecurity;

internal sealed class HostPidRule : HostNamespaceRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.HostPid,
        Name = "host-pid",
        Title = "Pod in the node's process namespace",
        Category = RuleCategories.PodSecurity,
        DefaultSeverity = Severity.Error,
        AppliesTo = ["workloads"],
        WhatItChecks = "`spec.hostPID` of the pod (or pod template), read as Kubernetes reads YAML booleans.",
        WhyItMatters = "With the host's PID namespace the pod sees every process on the node, including other pods' and the kubelet's, can read their environment and command lines (which often hold secrets) and, as root, signal or ptrace them. Pod Security Standards baseline forbids it (control \"Host Namespaces\").",
        HowToFix = "Remove `hostPID: true`; use `shareProcessNamespace` if containers of the same pod need to see each other's processes.",
        Example = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: top
            spec:
              hostPID: true
              containers:
                - name: app
                  image: busybox:1.36
            """,
        FixedExample = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: top
            spec:
              hostPID: false
              containers:
                - name: app
                  image: busybox:1.36
            """,
        Pss = new PssControl(PssLevel.Baseline, "Host Namespaces", new PssVersion(1, 0)),
        Fix = "**Unsafe**: sets `hostPID: false`; the pod loses whatever it used the node's process namespace for.",
        References = ["Pod Security Standards: baseline / Host Namespaces", "CIS Kubernetes Benchmark 5.2.3"],
    };

    protected override string Field => "hostPID";

    protected override string Consequence => "it sees and can signal every process on the node";
}
