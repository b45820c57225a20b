using KubeLint.Rules.Fixes;
using KubeLint.Manifests.PodSecurity;
using KubeLint.Yaml;

namespace KubeLint.Rules.PodSecurity;

internal sealed class RunAsNonRootNotEnforcedRule : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.RunAsNonRootNotEnforced,
        Name = "run-as-non-root-not-enforced",
        Title = "runAsNonRoot not enforced",
        Category = RuleCategories.PodSecurity,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["workloads"],
        WhatItChecks = "That `runAsNonRoot: true` is in force for every container: set on the container, or on the pod and not overridden. A pod-level or container-level `runAsNonRoot: false` fires at that line; a container left without it fires at the container. A `runAsUser` above 0 does not count: the standard requires `runAsNonRoot`, which makes the kubelet refuse to start a container whose image would run as root. Pods in a user namespace (`hostUsers: false`) are exempt.",
        WhyItMatters = "Without `runAsNonRoot: true`, whether the container runs as root depends on the image's USER line, which nobody reviewing the manifest can see and which changes with every image update. Pod Security Standards restricted requires it (control \"Running as Non-root\").",
        HowToFix = "Set `runAsNonRoot: true` in the pod's securityContext, and remove any `runAsNonRoot: false`.",
        Example = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: app
            spec:
              securityContext:
                runAsUser: 1000
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
                runAsNonRoot: true
              containers:
                - name: app
                  image: nginx:1.27
            """,
        Pss = new PssControl(PssLevel.Restricted, "Running as Non-root", new PssVersion(1, 0)),
        Fix = "**Safe** when the container already runs as a non-zero `runAsUser`: sets `runAsNonRoot: true`, which that user satisfies. **Unsafe** otherwise (and where `false` is set): an image that runs as root will no longer start.",
        References = ["Pod Security Standards: restricted / Running as Non-root", "CIS Kubernetes Benchmark 5.2.7"],
    };

    public override void Check(RuleContext context)
    {
        if (context.Pod is not { IsUserNamespaced: false } pod)
        {
            return;
        }

        var podNode = pod.SecurityField("runAsNonRoot");
        if (podNode.IsFalse())
        {
            context.Report(podNode!, "the pod sets runAsNonRoot: false", FixIntent.Set(FixSafety.Unsafe, pod.Spec, "true", "an image that runs as root will no longer start", "securityContext", "runAsNonRoot"));
        }

        var podEnforces = podNode.IsTrue();
        foreach (var container in pod.Containers)
        {
            var own = container.SecurityField("runAsNonRoot");
            if (own.IsFalse())
            {
                context.Report(own!, $"{container.Label} sets runAsNonRoot: false", ContainerFixes.Security(container, FixSafety.Unsafe, "true", "an image that runs as root will no longer start", "runAsNonRoot"));
            }
            else if (!own.IsTrue() && !podEnforces)
            {
                var uid = container.Effective.GetInt64("runAsUser").Value;
                var fix = uid > 0
                    ? ContainerFixes.Security(container, FixSafety.Safe, "true", "the container already runs as a non-zero UID, which satisfies the check", "runAsNonRoot")
                    : ContainerFixes.Security(container, FixSafety.Unsafe, "true", "an image that runs as root will no longer start", "runAsNonRoot");
                context.Report(
                    container.Anchor,
                    uid > 0
                        ? $"{container.Label} runs as UID {uid}, but neither it nor the pod sets runAsNonRoot: true, which the restricted profile requires (only runAsNonRoot makes the kubelet refuse an image that runs as root)"
                        : $"{container.Label} may run as root: neither it nor the pod sets runAsNonRoot: true",
                    fix);
            }
        }
    }
}
