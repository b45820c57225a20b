using KubeLint.Rules.Fixes;
using KubeLint.Manifests.PodSecurity;
using KubeLint.Yaml;

namespace KubeLint.Rules.PodSecurity;

internal sealed class PrivilegedContainerRule : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.PrivilegedContainer,
        Name = "privileged-container",
        Title = "Privileged container",
        Category = RuleCategories.PodSecurity,
        DefaultSeverity = Severity.Error,
        AppliesTo = ["workloads"],
        WhatItChecks = "Every container of a pod (`containers`, `initContainers` and `ephemeralContainers`) for `securityContext.privileged` set to true, read as Kubernetes reads YAML (`yes`, `on` and `True` are true too).",
        WhyItMatters = "A privileged container has every capability and access to all host devices; it is root on the node in all but name. Anyone who gets code execution in it can escape to the node and from there reach every pod and secret scheduled on it. Pod Security Standards baseline forbids it (control \"Privileged Containers\").",
        HowToFix = "Remove `privileged: true` and grant only the specific capabilities the container needs.",
        Example = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: debug
            spec:
              containers:
                - name: app
                  image: busybox:1.36
                  securityContext:
                    privileged: true
            """,
        FixedExample = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: debug
            spec:
              containers:
                - name: app
                  image: busybox:1.36
                  securityContext:
                    privileged: false
            """,
        Pss = new PssControl(PssLevel.Baseline, "Privileged Containers", new PssVersion(1, 0)),
        Fix = "**Unsafe**: sets `privileged: false`; the container loses every device and capability it was given.",
        References = ["Pod Security Standards: baseline / Privileged Containers", "CIS Kubernetes Benchmark 5.2.2"],
    };

    public override void Check(RuleContext context)
    {
        foreach (var container in context.Pod?.Containers ?? [])
        {
            if (container.SecurityField("privileged") is { } node && node.IsTrue())
            {
                context.Report(node, $"{container.Label} runs privileged", ContainerFixes.Security(container, FixSafety.Unsafe, "false", "the container loses every device and capability it was given", "privileged"));
            }
        }
    }
}
