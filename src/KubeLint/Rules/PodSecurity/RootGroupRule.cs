using KubeLint.Manifests.Workloads;
using KubeLint.Yaml;

namespace KubeLint.Rules.PodSecurity;

internal sealed class RootGroupRule : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.RootGroup,
        Name = "root-group",
        Title = "Root group",
        Category = RuleCategories.PodSecurity,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["workloads"],
        WhatItChecks = "The effective `runAsGroup` of every container (its own, else the pod's) and the pod's `fsGroup` for the value 0. Pods in a user namespace (`hostUsers: false`) are exempt. Not part of the Pod Security Standards, so `--pss` does not run it.",
        WhyItMatters = "Group 0 owns much of a typical image and host (`/etc`, device nodes, many mounted files are group-writable for root): a process in group 0, or volumes made group-owned by 0 through `fsGroup`, gets write access that a non-root user was supposed to lack.",
        HowToFix = "Set `runAsGroup` and `fsGroup` to a non-zero group.",
        Example = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: app
            spec:
              securityContext:
                runAsUser: 1000
                runAsGroup: 0
                fsGroup: 0
              containers:
                - name: app
                  image: nginx:1.27
            """,
        FixedExample = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: app
            spec:
              securityContext:
                runAsUser: 1000
                runAsGroup: 3000
                fsGroup: 2000
              containers:
                - name: app
                  image: nginx:1.27
            """,
        References = ["https://kubernetes.io/docs/tasks/configure-pod-container/security-context/", "Polaris: runAsRootGroup"],
    };

    public override void Check(RuleContext context)
    {
        if (context.Pod is not { IsUserNamespaced: false } pod)
        {
            return;
        }

        var (own, inheriting) = pod.ContainersWithZero("runAsGroup");
        foreach (var (container, node) in own)
        {
            context.Report(node, $"{container.Label} runs with group 0 (runAsGroup: 0)");
        }

        if (inheriting.Count > 0)
        {
            var verb = inheriting.Count == 1 ? "runs" : "run";
            context.Report(pod.SecurityField("runAsGroup")!, $"the pod's securityContext.runAsGroup is 0, so {ContainerView.Describe(inheriting)} {verb} with group 0");
        }

        if (pod.SecurityField("fsGroup") is { } fsGroup && fsGroup.AsInt64() == 0)
        {
            context.Report(fsGroup, "the pod sets fsGroup: 0, so its volumes are owned by the root group");
        }
    }
}
