using KubeLint.Manifests.Programs;
using KubeLint.Yaml;

namespace KubeLint.Rules.Ingress;

internal sealed class IngressNginxSnippetsAllowedRule : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.IngressNginxSnippetsAllowed,
        Name = "ingress-nginx-snippets-allowed",
        Title = "ingress-nginx lets Ingresses program the controller",
        Category = RuleCategories.Ingress,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["ConfigMap of ingress-nginx"],
        WhatItChecks = "A ConfigMap with ingress-nginx's `allow-snippet-annotations` set to true (the controller's default before v1.9) or `annotations-risk-level` set to `Critical` (the default since v1.12 is `High`, which refuses snippets). These keys mean nothing to other programs, so any ConfigMap carrying them is taken as the controller's.",
        WhyItMatters = "With snippets allowed, anyone who can create an Ingress in any namespace writes nginx configuration that runs in the controller, which holds a token able to read every Secret in the cluster (CVE-2021-25742). Multi-tenant clusters must keep this off.",
        HowToFix = "Set `allow-snippet-annotations: \"false\"` and leave `annotations-risk-level` at `High` or lower.",
        Example = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: ingress-nginx-controller
              namespace: ingress-nginx
            data:
              allow-snippet-annotations: "true"
              annotations-risk-level: Critical
            """,
        FixedExample = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: ingress-nginx-controller
              namespace: ingress-nginx
            data:
              allow-snippet-annotations: "false"
            """,
        References = ["CVE-2021-25742: https://github.com/kubernetes/ingress-nginx/issues/7837", "https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/configmap/#allow-snippet-annotations"],
    };

    public override void Check(RuleContext context)
    {
        if (context.Object.Kind != "ConfigMap" || context.Object.Root.GetMapping("data") is not { } data)
        {
            return;
        }

        if (data["allow-snippet-annotations"] is YamlScalar { Value: var allow } allowNode && GoBoolean.Parse(allow) == true)
        {
            context.Report(allowNode, "allow-snippet-annotations is true: any Ingress can write nginx configuration into the controller");
        }

        if (data["annotations-risk-level"] is YamlScalar { Value: "Critical" } risk)
        {
            context.Report(risk, "annotations-risk-level is Critical: the controller accepts snippet annotations and other annotations rated critical");
        }
    }
}
