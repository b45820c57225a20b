using KubeLint.Manifests.Rbac;
using KubeLint.Yaml;

namespace KubeLint.Rules.Rbac;

internal sealed class WildcardRuleRule : ObjectRule
{
    private static readonly string[] Fields = ["apiGroups", "resources", "verbs"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.WildcardRule,
        Name = "wildcard-rule",
        Title = "Wildcard in a role rule",
        Category = RuleCategories.Rbac,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["Role", "ClusterRole"],
        WhatItChecks = "Every rule of every Role and ClusterRole (not only the first) for `*` in `apiGroups`, `resources` or `verbs`. The finding points at the first `*` of the rule.",
        WhyItMatters = "A wildcard grants everything that exists now and everything added later: new resource types from CRDs, new subresources, new verbs such as `escalate` or `impersonate`. Roles written with wildcards are routinely far wider than anyone intended.",
        HowToFix = "List the API groups, resources and verbs the subject actually needs instead of `*`.",
        Example = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata:
              name: operator
            rules:
              - apiGroups: [apps]
                resources: [deployments]
                verbs: [get, list]
              - apiGroups: [example.com]
                resources: ["*"]
                verbs: ["*"]
            """,
        FixedExample = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata:
              name: operator
            rules:
              - apiGroups: [apps]
                resources: [deployments]
                verbs: [get, list]
              - apiGroups: [example.com]
                resources: [widgets, widgets/status]
                verbs: [get, list, watch, update]
            """,
        References = ["CIS Kubernetes Benchmark 5.1.3", "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege"],
    };

    public override void Check(RuleContext context)
    {
        foreach (var rule in context.RoleRules)
        {
            var wildcards = Fields
                .Select(field => (Field: field, Star: rule.Node[field].AsItems().OfType<YamlScalar>().FirstOrDefault(s => s.Value == "*")))
                .Where(x => x.Star is not null)
                .ToList();
            if (wildcards.Count == 0)
            {
                continue;
            }

            var fields = string.Join(" and ", wildcards.Select(w => w.Field));
            var everything = rule.Rule.IsFullWildcard ? ": every verb on every resource" : string.Empty;
            context.Report(wildcards[0].Star!, $"rule {rule.Index} of {context.Object.Ref.Display} uses * in {fields}{everything}");
        }
    }
}
