using KubeLint.Yaml;

namespace KubeLint.Rules.Input;

internal sealed class InvalidFieldTypeRule : ObjectRule
{
    private const long MaxId = 2147483647;

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.InvalidFieldType,
        Name = "invalid-field-type",
        Title = "Security field with a value Kubernetes rejects",
        Category = RuleCategories.Input,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["workloads", "ServiceAccount"],
        WhatItChecks = "Boolean security fields (`privileged`, `allowPrivilegeEscalation`, `readOnlyRootFilesystem`, `runAsNonRoot`, `windowsOptions.hostProcess`, and the pod's `hostNetwork`, `hostPID`, `hostIPC`, `hostUsers`, `automountServiceAccountToken`, `shareProcessNamespace`) holding anything but a YAML boolean, such as the string `\"true\"`; user and group ids (`runAsUser`, `runAsGroup`, `fsGroup`, `supplementalGroups`) that are not integers from 0 to 2147483647 (a float with a whole value, such as `0.0`, is a note: kubectl sends it as that integer, and every rule reads it so); and `capabilities.add`/`drop` that are not lists.",
        WhyItMatters = "The API server rejects these values, so the manifest never deploys, or a tool that coerces types deploys something other than what the reviewer read. A quoted `\"false\"` for `automountServiceAccountToken` looks like a hardening and is not one.",
        HowToFix = "Write booleans unquoted (true or false), ids as plain non-negative integers, and capabilities as lists.",
        Example = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: app
            spec:
              automountServiceAccountToken: "false"
              containers:
                - name: app
                  image: nginx:1.27
                  securityContext:
                    runAsUser: -1
                    capabilities:
                      drop: ALL
            """,
        FixedExample = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: app
            spec:
              automountServiceAccountToken: false
              containers:
                - name: app
                  image: nginx:1.27
                  securityContext:
                    runAsUser: 10001
                    capabilities:
                      drop: [ALL]
            """,
        References = ["https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#security-context-1"],
    };

    public override void Check(RuleContext context)
    {
        if (context.Object is { ApiGroup: "", Kind: "ServiceAccount" } account && account.Root["automountServiceAccountToken"] is { } automount)
        {
            CheckBoolean(context, automount, "automountServiceAccountToken");
        }

        if (context.Pod is not { } pod)
        {
            return;
        }

        foreach (var field in Manifests.KnownFields.PodSecurityBooleans)
        {
            if (pod.Spec[field] is { } node)
            {
                CheckBoolean(context, node, field);
            }
        }

        CheckIds(context, pod.SecurityContext);
        foreach (var container in pod.Containers)
        {
            foreach (var field in Manifests.KnownFields.ContainerSecurityBooleans)
            {
                if (container.SecurityField(field) is { } node)
                {
                    CheckBoolean(context, node, $"{container.Label} securityContext.{field}");
                }
            }

            if ((container.SecurityField("windowsOptions") as YamlMapping)?["hostProcess"] is { } hostProcess)
            {
                CheckBoolean(context, hostProcess, $"{container.Label} windowsOptions.hostProcess");
            }

            CheckIds(context, container.SecurityContext);
            foreach (var list in (string[])["add", "drop"])
            {
                if ((container.SecurityField("capabilities") as YamlMapping)?[list] is { } capabilities and not YamlSequence and not YamlScalar { IsNull: true })
                {
                    context.Report(capabilities, $"{container.Label} capabilities.{list} is not a list, and Kubernetes rejects it: write [{capabilities.AsString()}]");
                }
            }
        }
    }

    private static void CheckBoolean(RuleContext context, YamlNode node, string field)
    {
        if (node is YamlScalar { IsNull: true } || node.IsTrue() || node.IsFalse())
        {
            return;
        }

        var shown = node is YamlScalar scalar ? (scalar.Style == ScalarStyle.Plain ? scalar.Value : $"\"{scalar.Value}\"") : "a collection";
        context.Report(node, $"{field} is {shown}, not a boolean: Kubernetes rejects it, so the setting is not applied (write true or false unquoted)");
    }

    private static void CheckIds(RuleContext context, YamlMapping? securityContext)
    {
        if (securityContext is null)
        {
            return;
        }

        foreach (var field in Manifests.KnownFields.Ids)
        {
            if (securityContext[field] is YamlScalar { IsNull: false } id)
            {
                CheckId(context, id, field);
            }
        }

        foreach (var group in securityContext["supplementalGroups"].AsItems().OfType<YamlScalar>())
        {
            CheckId(context, group, "supplementalGroups");
        }
    }

    private static void CheckId(RuleContext context, YamlScalar id, string field)
    {
        if (!id.TryGetInt64(out var value))
        {
            context.Report(id, $"{field} is \"{id.Value}\", not an integer: Kubernetes rejects it");
        }
        else if (value is < 0 or > MaxId)
        {
            context.Report(id, $"{field} is {value}, outside 0-{MaxId}: Kubernetes rejects it");
        }
        else if (id.IsIntegralFloat)
        {
            context.Report(id, $"{field} is written as the float {id.Value}, which kubectl sends as the integer {value}: write {value}", Severity.Note);
        }
    }
}
