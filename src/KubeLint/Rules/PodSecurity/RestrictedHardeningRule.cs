using KubeLint.Manifests.Workloads;

namespace KubeLint.Rules.PodSecurity;

/// <summary>
/// One finding per container for the settings the restricted profile (and a read-only root) asks of
/// every container, instead of one per setting: the per-setting rules run inside it, and run on
/// their own under <c>--pss</c> or when this rule is disabled.
/// </summary>
internal sealed class RestrictedHardeningRule : ObjectRule
{
    private static readonly ObjectRule[] Settings =
    [
        new RunAsNonRootNotEnforcedRule(), new PrivilegeEscalationAllowedRule(), new CapabilitiesNotDroppedRule(),
        new SeccompNotSetRule(), new WritableRootFilesystemRule(),
    ];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.RestrictedHardening,
        Name = "restricted-hardening",
        Title = "Container without the restricted profile's hardening",
        Category = RuleCategories.PodSecurity,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["workloads"],
        Summarizes = [.. Settings.Select(s => s.Descriptor.Id)],
        WhatItChecks = "For each container, the settings of KL3102 (runAsNonRoot), KL3103 (allowPrivilegeEscalation), KL3104 (capabilities), KL3105 (seccomp) and KL3201 (readOnlyRootFilesystem), named together in one finding; a note when only the read-only root is missing. Those rules report on their own instead when a `--pss` profile is selected or this rule is disabled (`rules: {disable: [restricted-hardening]}`), and a suppression of one of them removes its setting from this finding.",
        WhyItMatters = "These are the settings that keep a compromised process from becoming root, gaining capabilities or calling dangerous system calls. Most workloads miss several at once; one finding per container keeps every gap visible without burying the errors under five findings for each container.",
        HowToFix = "Set runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities.drop: [ALL], seccompProfile.type: RuntimeDefault and readOnlyRootFilesystem: true on each container (or the pod-level ones on the pod).",
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
                runAsNonRoot: true
                runAsUser: 10001
                seccompProfile: {type: RuntimeDefault}
              containers:
                - name: app
                  image: nginx:1.27
                  securityContext:
                    allowPrivilegeEscalation: false
                    readOnlyRootFilesystem: true
                    capabilities: {drop: [ALL]}
            """,
        Fix = "The fixes of the settings it reports together, each with its own class: `allowPrivilegeEscalation`, `seccompProfile` and `capabilities.drop` are safe as for their rules; `runAsNonRoot` and `readOnlyRootFilesystem` are unsafe as for theirs.",
        References = ["Pod Security Standards: restricted", "CIS Kubernetes Benchmark 5.2.6", "CIS Kubernetes Benchmark 5.2.7", "CIS Kubernetes Benchmark 5.2.9", "CIS Kubernetes Benchmark 5.6.2"],
    };

    public override void Check(RuleContext context)
    {
        if (context.Pod is not { } pod)
        {
            return;
        }

        var sink = new FindingSink();
        var inner = new RuleContext(context.Object, sink, context.Settings, pod);
        foreach (var rule in Settings.Where(r => context.Settings.IsEnabled(r.Descriptor)))
        {
            inner.CurrentRule = rule;
            rule.Check(inner);
        }

        context.KeepSuppressed(sink.Suppressed);
        foreach (var group in sink.Findings.GroupBy(f => f.Container).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var findings = group.OrderBy(f => f.RuleId, StringComparer.Ordinal).ToList();
            var severity = findings.Any(f => f.RuleId != RuleIds.WritableRootFilesystem) ? Descriptor.DefaultSeverity : Severity.Note;
            if (group.Key is null || findings.Count == 1)
            {
                foreach (var finding in findings)
                {
                    context.ReportAt(finding.Location, finding.Path, finding.Container, finding.Message, severity, finding.Fixes);
                }

                continue;
            }

            var container = pod.Containers.First(c => c.Name == group.Key);
            var anchor = context.Object.SpanOf(container.Anchor);
            context.ReportAt(anchor, container.Anchor.Path, group.Key, Message(container, findings), severity, [.. findings.SelectMany(f => f.Fixes)]);
        }
    }

    private static string Message(ContainerView container, IReadOnlyList<Finding> findings)
    {
        var missing = findings.Where(f => f.RuleId != RuleIds.WritableRootFilesystem).Select(Setting).Distinct().ToList();
        var readOnly = findings.Any(f => f.RuleId == RuleIds.WritableRootFilesystem);
        var message = $"{container.Label} lacks the restricted profile's {string.Join(", ", missing)}";
        return readOnly ? $"{message}; and its root filesystem is writable (readOnlyRootFilesystem: true)" : message;
    }

    private static string Setting(Finding finding) => finding.RuleId switch
    {
        RuleIds.RunAsNonRootNotEnforced => "runAsNonRoot: true",
        RuleIds.PrivilegeEscalationAllowed => "allowPrivilegeEscalation: false",
        RuleIds.CapabilitiesNotDropped when finding.Message.Contains("adds capability", StringComparison.Ordinal) => "capabilities limited to NET_BIND_SERVICE",
        RuleIds.CapabilitiesNotDropped => "capabilities.drop: [ALL]",
        _ => "seccompProfile.type: RuntimeDefault",
    };
}
