namespace KubeLint.Rules.Input;

internal sealed class SuppressionWithoutReasonRule : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.SuppressionWithoutReason,
        Name = "suppression-without-reason",
        Title = "Suppression without a reason",
        Category = RuleCategories.Input,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["all kinds"],
        WhatItChecks = "Annotations `ignore.kubelint.io/<rule>[.<container>]` on an object or its pod template whose value (the reason) is empty, which name no rule, or which name a container the pod does not have. An empty reason does not suppress anything.",
        WhyItMatters = "A suppression is an accepted risk: the reason is the record of who accepted it and why, which is what a reviewer or auditor reads later. A suppression for an unknown rule or container silently protects nothing.",
        HowToFix = "Write why the risk is accepted as the annotation's value, and name an existing rule and container.",
        Example = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: agent
              annotations:
                ignore.kubelint.io/privileged-container: ""
            spec:
              containers:
                - name: agent
                  image: example/agent:1.0
                  securityContext:
                    privileged: true
            """,
        FixedExample = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: agent
              annotations:
                ignore.kubelint.io/privileged-container: "CNI agent: needs host network setup (SEC-1234)"
            spec:
              containers:
                - name: agent
                  image: example/agent:1.0
                  securityContext:
                    privileged: true
            """,
        References = ["https://github.com/kubelint/kubelint#suppressions"],
    };

    public override void Check(RuleContext context)
    {
        var containers = context.Pod?.Containers.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var suppression in context.Suppressions.Entries)
        {
            var annotation = $"ignore.kubelint.io/{suppression.Rule}{(suppression.Container is null ? string.Empty : "." + suppression.Container)}";
            if (!context.Settings.KnownRules.Any(r => string.Equals(r.Id, suppression.Rule, StringComparison.OrdinalIgnoreCase) || string.Equals(r.Name, suppression.Rule, StringComparison.OrdinalIgnoreCase)))
            {
                context.Report(suppression.Node, $"{annotation} names no rule ({suppression.Rule}), so it suppresses nothing");
            }
            else if (suppression.Container is { } container && containers?.Contains(container) != true)
            {
                context.Report(suppression.Node, $"{annotation} names container \"{container}\", which the pod does not have");
            }
            else if (suppression.Reason.Length == 0)
            {
                context.Report(suppression.Node, $"{annotation} has no reason, so it suppresses nothing: write why the risk is accepted");
            }
        }
    }
}
