using KubeLint.Manifests.PodSecurity;
using KubeLint.Yaml;

namespace KubeLint.Rules.PodSecurity;

internal sealed class SelinuxOptionsRule : ObjectRule
{
    private static readonly HashSet<string> AllowedTypes = new(StringComparer.Ordinal) { "", "container_t", "container_init_t", "container_kvm_t" };

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.SelinuxOptions,
        Name = "selinux-options",
        Title = "Custom SELinux type, user or role",
        Category = RuleCategories.PodSecurity,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["workloads"],
        WhatItChecks = "`securityContext.seLinuxOptions` on the pod and every container: `type` must be empty, `container_t`, `container_init_t` or `container_kvm_t`, and `user` and `role` must not be set. The allowed types are those of kubernetes/pod-security-admission (the Kubernetes docs also list `container_engine_t` for v1.31+, which the reference implementation does not accept).",
        WhyItMatters = "SELinux confines containers on nodes that enforce it. A custom type such as `spc_t` (super-privileged container) or `unconfined_t`, or a custom user or role, lifts that confinement. Pod Security Standards baseline restricts it (control \"SELinux\").",
        HowToFix = "Remove `seLinuxOptions.type`, `user` and `role`, keeping at most a `level`.",
        Example = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: agent
            spec:
              securityContext:
                seLinuxOptions:
                  type: spc_t
              containers:
                - name: agent
                  image: example/agent:1.0
            """,
        FixedExample = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: agent
            spec:
              securityContext:
                seLinuxOptions:
                  level: "s0:c123,c456"
              containers:
                - name: agent
                  image: example/agent:1.0
            """,
        Pss = new PssControl(PssLevel.Baseline, "SELinux", new PssVersion(1, 0)),
        References = ["Pod Security Standards: baseline / SELinux"],
    };

    public override void Check(RuleContext context)
    {
        if (context.Pod is not { } pod)
        {
            return;
        }

        CheckOptions(context, pod.SecurityField("seLinuxOptions") as YamlMapping, "the pod");
        foreach (var container in pod.Containers)
        {
            CheckOptions(context, container.SecurityField("seLinuxOptions") as YamlMapping, container.Label);
        }
    }

    private static void CheckOptions(RuleContext context, YamlMapping? options, string who)
    {
        if (options is null)
        {
            return;
        }

        if (options["type"] is YamlScalar type && !AllowedTypes.Contains(type.IsNull ? string.Empty : type.Value))
        {
            context.Report(type, $"{who} sets SELinux type {type.Value}");
        }

        foreach (var field in (string[])["user", "role"])
        {
            if (options[field] is YamlScalar { IsNull: false, Value.Length: > 0 } value)
            {
                context.Report(value, $"{who} sets SELinux {field} {value.Value}");
            }
        }
    }
}
