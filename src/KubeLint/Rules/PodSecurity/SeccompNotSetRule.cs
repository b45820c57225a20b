using KubeLint.Rules.Fixes;
using KubeLint.Manifests.PodSecurity;
using KubeLint.Yaml;

namespace KubeLint.Rules.PodSecurity;

internal sealed class SeccompNotSetRule : ObjectRule
{
    private static readonly PssVersion WindowsExemptSince = new(1, 25);

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.SeccompNotSet,
        Name = "seccomp-not-set",
        Title = "No seccomp profile",
        Category = RuleCategories.PodSecurity,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["workloads"],
        WhatItChecks = "That every container has an effective seccomp profile of type `RuntimeDefault` or `Localhost`: its own `securityContext.seccompProfile`, else the pod's. A profile explicitly set to `Unconfined` is reported by KL3010 instead. Windows pods are exempt, as in the standard from v1.25.",
        WhyItMatters = "Without a profile, the kubelet runs containers `Unconfined` by default: every system call is available, including the ones container escapes rely on. `RuntimeDefault` blocks them at almost no cost. Pod Security Standards restricted requires it (control \"Seccomp\").",
        HowToFix = "Set `seccompProfile: {type: RuntimeDefault}` in the pod's securityContext.",
        Example = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: app
            spec:
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
                seccompProfile:
                  type: RuntimeDefault
              containers:
                - name: app
                  image: nginx:1.27
            """,
        Pss = new PssControl(PssLevel.Restricted, "Seccomp", new PssVersion(1, 19)),
        Fix = "**Safe**: sets the container's `seccompProfile.type: RuntimeDefault`; the runtime's default profile blocks only system calls ordinary workloads do not make.",
        References = ["Pod Security Standards: restricted / Seccomp", "CIS Kubernetes Benchmark 5.6.2"],
    };

    public override void Check(RuleContext context)
    {
        if (context.Pod is not { } pod || (pod.IsWindows && context.PolicyVersion >= WindowsExemptSince))
        {
            return;
        }

        var podProfile = pod.SecurityField("seccompProfile");
        foreach (var container in pod.Containers)
        {
            var profile = container.SecurityField("seccompProfile") is YamlMapping own ? own : podProfile;
            if (profile is null || (profile as YamlMapping)?["type"].AsString() is null)
            {
                context.Report(
                    container.Anchor,
                    $"{container.Label} has no seccomp profile: neither it nor the pod sets seccompProfile.type to RuntimeDefault or Localhost",
                    ContainerFixes.Security(container, FixSafety.Safe, "RuntimeDefault", "the runtime's default profile blocks only system calls that ordinary workloads do not make", "seccompProfile", "type"));
            }
        }
    }
}
