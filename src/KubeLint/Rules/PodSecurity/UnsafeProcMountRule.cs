using KubeLint.Manifests.PodSecurity;
using KubeLint.Yaml;

namespace KubeLint.Rules.PodSecurity;

internal sealed class UnsafeProcMountRule : ObjectRule
{
    private static readonly PssVersion UserNamespaceRelaxationSince = new(1, 35);

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.UnsafeProcMount,
        Name = "unsafe-proc-mount",
        Title = "/proc mounted without its masks",
        Category = RuleCategories.PodSecurity,
        DefaultSeverity = Severity.Error,
        AppliesTo = ["workloads"],
        WhatItChecks = "`securityContext.procMount` of every container for anything but `Default`. From policy v1.35 the baseline level allows it for pods in a user namespace (`hostUsers: false`); restricted (`--pss restricted`) and the default run never do.",
        WhyItMatters = "The container runtime masks and makes read-only parts of /proc (kcore, sysrq-trigger, kernel tunables) because they expose or change the node's kernel. `Unmasked` removes those protections. Pod Security Standards baseline forbids it (control \"/proc Mount Type\").",
        HowToFix = "Remove `procMount` or set it to `Default`.",
        Example = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: nested
            spec:
              containers:
                - name: app
                  image: example/nested:1.0
                  securityContext:
                    procMount: Unmasked
            """,
        FixedExample = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: nested
            spec:
              containers:
                - name: app
                  image: example/nested:1.0
                  securityContext:
                    procMount: Default
            """,
        Pss = new PssControl(PssLevel.Baseline, "/proc Mount Type", new PssVersion(1, 0)),
        References = ["Pod Security Standards: baseline / /proc Mount Type"],
    };

    public override void Check(RuleContext context)
    {
        if (context.Pod is not { } pod)
        {
            return;
        }

        var relaxed = context.SelectedLevel == PssLevel.Baseline && context.PolicyVersion >= UserNamespaceRelaxationSince && pod.IsUserNamespaced;
        foreach (var container in pod.Containers)
        {
            if (!relaxed && container.SecurityField("procMount") is YamlScalar { IsNull: false } node && node.Value != "Default")
            {
                context.Report(node, $"{container.Label} sets procMount: {node.Value}, which removes the /proc masks");
            }
        }
    }
}
