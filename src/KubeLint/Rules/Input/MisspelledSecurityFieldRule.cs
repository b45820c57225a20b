using KubeLint.Manifests;
using KubeLint.Manifests.Rbac;
using KubeLint.Yaml;

namespace KubeLint.Rules.Input;

internal sealed class MisspelledSecurityFieldRule : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.MisspelledSecurityField,
        Name = "misspelled-security-field",
        Title = "Misspelled or misplaced security field",
        Category = RuleCategories.Input,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["workloads", "Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding", "ServiceAccount"],
        WhatItChecks = "Keys of pod and container security contexts (and their capabilities, seccompProfile, seLinuxOptions, windowsOptions and appArmorProfile), the security fields of a pod spec (automountServiceAccountToken, hostNetwork, hostPID, hostIPC, hostUsers, securityContext, serviceAccountName, shareProcessNamespace), a container's securityContext key, RBAC rules and subjects, and ServiceAccounts. A key that is not a Kubernetes field but is within two edits (or a change of case) of one is reported with the right spelling; so is a field written in the wrong security context (`fsGroup` in a container, `privileged` in the pod).",
        WhyItMatters = "A misspelled key is not an error everywhere: Helm, older kubectl and many controllers drop unknown fields silently, so `runAsNonroot: true` or `automountServiceAccountTokens: false` looks like a control in review and does nothing. In an RBAC rule, a misspelled `resourceNames` turns a grant on named objects into a grant on all of them.",
        HowToFix = "Correct the key to the spelling the suggestion gives, in the security context it belongs to.",
        Example = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: app
            spec:
              automountServiceAccountTokens: false
              securityContext:
                runAsNonroot: true
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
              automountServiceAccountToken: false
              securityContext:
                runAsNonRoot: true
              containers:
                - name: app
                  image: nginx:1.27
            """,
        References = ["https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#security-context-1", "https://kubernetes.io/blog/2023/04/24/openapi-v3-field-validation-ga/"],
    };

    public override void Check(RuleContext context)
    {
        if (context.Pod is { } pod)
        {
            CheckKeys(context, pod.Spec, KnownFields.PodSpec, KnownFields.PodSecurityRelevant, "the pod spec");
            CheckSecurityContext(context, pod.SecurityContext, KnownFields.PodSecurityContext, KnownFields.ContainerSecurityContext, "the pod's securityContext", "a container's");
            foreach (var container in pod.Containers)
            {
                CheckKeys(context, container.Node, KnownFields.Container, new HashSet<string> { "securityContext" }, container.Label);
                CheckSecurityContext(context, container.SecurityContext, KnownFields.ContainerSecurityContext, KnownFields.PodSecurityContext, $"{container.Label}'s securityContext", "the pod's");
            }
        }

        foreach (var rule in context.RoleRules)
        {
            CheckKeys(context, rule.Node, KnownFields.PolicyRule, KnownFields.PolicyRule, $"RBAC rule {rule.Index}");
        }

        if (BindingSubjectNode.IsBinding(context.Object))
        {
            foreach (var subject in context.Object.Root["subjects"].AsItems().OfType<YamlMapping>())
            {
                CheckKeys(context, subject, KnownFields.Subject, KnownFields.Subject, "a binding subject");
            }
        }

        if (context.Object is { ApiGroup: "", Kind: "ServiceAccount" })
        {
            CheckKeys(context, context.Object.Root, KnownFields.ServiceAccount, KnownFields.ServiceAccount, "a ServiceAccount");
        }
    }

    private static void CheckSecurityContext(RuleContext context, YamlMapping? securityContext, IReadOnlySet<string> known, IReadOnlySet<string> otherLevel, string where, string otherWhere)
    {
        if (securityContext is null)
        {
            return;
        }

        foreach (var entry in securityContext.Entries)
        {
            var key = entry.KeyText ?? string.Empty;
            if (!known.Contains(key) && otherLevel.Contains(key))
            {
                context.Report(entry.Key, $"{key} is not a field of {where}: it belongs in {otherWhere} securityContext, so as written it has no effect");
            }
        }

        CheckKeys(context, securityContext, known, known, where, skip: otherLevel);
        foreach (var (part, fields) in KnownFields.SecurityContextParts)
        {
            if (securityContext.GetMapping(part) is { } mapping)
            {
                CheckKeys(context, mapping, fields, fields, $"{where}.{part}");
            }
        }
    }

    private static void CheckKeys(RuleContext context, YamlMapping mapping, IReadOnlySet<string> known, IReadOnlySet<string> relevant, string where, IReadOnlySet<string>? skip = null)
    {
        foreach (var entry in mapping.Entries)
        {
            var key = entry.KeyText ?? string.Empty;
            if (known.Contains(key) || skip?.Contains(key) == true)
            {
                continue;
            }

            if (SpellingCheck.NearestKnown(key, relevant) is { } meant)
            {
                context.Report(entry.Key, $"{key} is not a field of {where}: did you mean {meant}? As written, the setting has no effect");
            }
        }
    }
}
