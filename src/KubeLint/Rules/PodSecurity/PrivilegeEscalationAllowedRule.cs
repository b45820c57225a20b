using KubeLint.Rules.Fixes;
using KubeLint.Manifests.PodSecurity;
using KubeLint.Yaml;

namespace KubeLint.Rules.PodSecurity;

internal sealed class PrivilegeEscalationAllowedRule : ObjectRule
{
    private static readonly PssVersion WindowsExemptSince = new(1, 25);

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.PrivilegeEscalationAllowed,
        Name = "privilege-escalation-allowed",
        Title = "Privilege escalation not disabled",
        Category = RuleCategories.PodSecurity,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["workloads"],
        WhatItChecks = "That every container sets `securityContext.allowPrivilegeEscalation: false` explicitly; unset means allowed. Windows pods (`spec.os.name: windows`) are exempt, as in the standard from v1.25.",
        WhyItMatters = "Unless escalation is disabled, a process can gain more privileges than its parent through setuid binaries or file capabilities (`no_new_privs` is off), so a compromised non-root process can become root inside the container. Pod Security Standards restricted requires it (control \"Privilege Escalation\").",
        HowToFix = "Set `allowPrivilegeEscalation: false` in every container's securityContext.",
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
              containers:
                - name: app
                  image: nginx:1.27
                  securityContext:
                    allowPrivilegeEscalation: false
            """,
        Pss = new PssControl(PssLevel.Restricted, "Privilege Escalation", new PssVersion(1, 8)),
        Fix = "**Safe** when the container is not privileged and adds no capability: sets `allowPrivilegeEscalation: false`, since nothing the manifest shows needs a process to gain privileges. **Unsafe** when it is privileged or adds capabilities, or sets `true` itself: those may rely on escalation (setuid binaries cannot be seen from a manifest either).",
        References = ["Pod Security Standards: restricted / Privilege Escalation", "CIS Kubernetes Benchmark 5.2.6"],
    };

    public override void Check(RuleContext context)
    {
        if (context.Pod is not { } pod || (pod.IsWindows && context.PolicyVersion >= WindowsExemptSince))
        {
            return;
        }

        foreach (var container in pod.Containers)
        {
            var node = container.SecurityField("allowPrivilegeEscalation");
            if (node.IsTrue())
            {
                context.Report(node!, $"{container.Label} sets allowPrivilegeEscalation: true", ContainerFixes.Security(container, FixSafety.Unsafe, "false", "the manifest asks for escalation explicitly", "allowPrivilegeEscalation"));
            }
            else if (!node.IsFalse())
            {
                context.Report(container.Anchor, $"{container.Label} does not set allowPrivilegeEscalation: false", ContainerFixes.NoPrivilegeEscalation(container));
            }
        }
    }
}
