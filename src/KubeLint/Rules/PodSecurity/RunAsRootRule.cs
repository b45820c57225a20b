using KubeLint.Manifests.PodSecurity;
using KubeLint.Manifests.Workloads;
using KubeLint.Yaml;

namespace KubeLint.Rules.PodSecurity;

internal sealed class RunAsRootRule : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.RunAsRoot,
        Name = "run-as-root",
        Title = "Container running as UID 0",
        Category = RuleCategories.PodSecurity,
        DefaultSeverity = Severity.Error,
        AppliesTo = ["workloads"],
        WhatItChecks = "The effective `runAsUser` of every container: the container's own `securityContext.runAsUser`, else the pod's. It fires when that is 0, in any of the three container lists, unless the pod runs in a user namespace (`hostUsers: false`), where UID 0 maps to an unprivileged host user. A pod-level 0 that every container overrides does not fire; a container-level 0 under a pod-level `runAsNonRoot: true` does (the kubelet would refuse to start it, which is a broken deployment at best).",
        WhyItMatters = "Root in a container is root on the node's kernel: a kernel or runtime escape, a writable host mount or an added capability turns it into control of the node. Pod Security Standards restricted forbids `runAsUser: 0` (control \"Running as Non-root user\").",
        HowToFix = "Set `runAsUser` to a non-zero UID (and `runAsNonRoot: true`) in the pod or container security context.",
        Example = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  securityContext:
                    runAsUser: 0
                  containers:
                    - name: web
                      image: nginx:1.27
            """,
        FixedExample = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  securityContext:
                    runAsUser: 10001
                    runAsNonRoot: true
                  containers:
                    - name: web
                      image: nginx:1.27
            """,
        Pss = new PssControl(PssLevel.Restricted, "Running as Non-root user", new PssVersion(1, 23)),
        References = ["Pod Security Standards: restricted / Running as Non-root user", "CIS Kubernetes Benchmark 5.2.7"],
    };

    public override void Check(RuleContext context)
    {
        if (context.Pod is not { IsUserNamespaced: false } pod)
        {
            return;
        }

        var (own, inheritingRoot) = pod.ContainersWithZero("runAsUser");
        foreach (var (container, node) in own)
        {
            context.Report(node, $"{container.Label} runs as UID 0 (root)");
        }

        if (inheritingRoot.Count > 0 && pod.SecurityContext?["runAsUser"] is YamlNode podNode)
        {
            var verb = inheritingRoot.Count == 1 ? "runs" : "run";
            context.Report(podNode, $"the pod's securityContext.runAsUser is 0, so {ContainerView.Describe(inheritingRoot)} {verb} as root");
        }
        else if (context.SelectedLevel == Manifests.PodSecurity.PssLevel.Restricted
            && pod.SecurityContext?["runAsUser"] is YamlNode rootPod && rootPod.AsInt64() == 0)
        {
            context.Report(rootPod, "the pod's securityContext.runAsUser is 0; every container sets its own, but the restricted profile refuses the pod");
        }
    }
}
