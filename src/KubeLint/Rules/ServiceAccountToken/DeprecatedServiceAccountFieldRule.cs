using KubeLint.Yaml;

namespace KubeLint.Rules.ServiceAccountToken;

internal sealed class DeprecatedServiceAccountFieldRule : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.DeprecatedServiceAccountField,
        Name = "deprecated-serviceaccount-field",
        Title = "Deprecated serviceAccount field",
        Category = RuleCategories.ServiceAccountToken,
        DefaultSeverity = Severity.Note,
        AppliesTo = ["workloads"],
        WhatItChecks = "Pod specs that use `spec.serviceAccount`, the deprecated alias of `serviceAccountName`.",
        WhyItMatters = "Tools and reviewers that look for `serviceAccountName` miss which identity, and so which permissions, the pod runs with; when both fields are set and differ, only `serviceAccountName` counts.",
        HowToFix = "Rename `serviceAccount` to `serviceAccountName`.",
        Example = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: app
            spec:
              serviceAccount: app
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
              serviceAccountName: app
              containers:
                - name: app
                  image: nginx:1.27
            """,
        References = ["https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#security"],
    };

    public override void Check(RuleContext context)
    {
        if (context.Pod?.Spec.GetScalar("serviceAccount") is { IsNull: false } legacy)
        {
            var named = context.Pod.Spec.GetString("serviceAccountName");
            var conflict = named is not null && named != legacy.Value ? $"; serviceAccountName ({named}) wins" : string.Empty;
            context.Report(legacy, $"the pod uses the deprecated spec.serviceAccount ({legacy.Value}) instead of serviceAccountName{conflict}");
        }
    }
}
