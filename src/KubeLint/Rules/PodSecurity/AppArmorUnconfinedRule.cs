using KubeLint.Manifests.PodSecurity;
using KubeLint.Yaml;

namespace KubeLint.Rules.PodSecurity;

internal sealed class AppArmorUnconfinedRule : ObjectRule
{
    private const string AnnotationPrefix = "container.apparmor.security.beta.kubernetes.io/";

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.AppArmorUnconfined,
        Name = "apparmor-unconfined",
        Title = "AppArmor profile disabled or overridden",
        Category = RuleCategories.PodSecurity,
        DefaultSeverity = Severity.Error,
        AppliesTo = ["workloads"],
        WhatItChecks = "`securityContext.appArmorProfile.type` on the pod and every container for anything but `RuntimeDefault` or `Localhost`, and the legacy annotations `container.apparmor.security.beta.kubernetes.io/<container>` (on the pod or pod template) for anything but `runtime/default`, `localhost/<profile>` or empty.",
        WhyItMatters = "On nodes with AppArmor, the runtime's default profile blocks writes to /proc and /sys, mounts and other host-level operations. `Unconfined` removes that layer, which is exactly what a container escape needs. Pod Security Standards baseline forbids it (control \"AppArmor\").",
        HowToFix = "Use `appArmorProfile.type: RuntimeDefault` or a `Localhost` profile, and remove `unconfined` annotations.",
        Example = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: app
              annotations:
                container.apparmor.security.beta.kubernetes.io/app: unconfined
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
                appArmorProfile:
                  type: RuntimeDefault
              containers:
                - name: app
                  image: nginx:1.27
            """,
        Pss = new PssControl(PssLevel.Baseline, "AppArmor", new PssVersion(1, 0)),
        References = ["Pod Security Standards: baseline / AppArmor", "https://kubernetes.io/docs/tutorials/security/apparmor/"],
    };

    public override void Check(RuleContext context)
    {
        if (context.Pod is not { } pod)
        {
            return;
        }

        if (BadType(pod.SecurityField("appArmorProfile")) is { } podType)
        {
            context.Report(podType, $"the pod sets appArmorProfile.type: {podType.Value}");
        }

        foreach (var container in pod.Containers)
        {
            if (BadType(container.SecurityField("appArmorProfile")) is { } type)
            {
                context.Report(type, $"{container.Label} sets appArmorProfile.type: {type.Value}");
            }
        }

        foreach (var entry in pod.TemplateMetadata?.GetMapping("annotations")?.Entries ?? [])
        {
            if (entry.KeyText is { } key && key.StartsWith(AnnotationPrefix, StringComparison.Ordinal)
                && entry.Value.AsString() is { Length: > 0 } value
                && value != "runtime/default" && !value.StartsWith("localhost/", StringComparison.Ordinal))
            {
                context.Report(entry.Value, $"annotation {key} sets container \"{key[AnnotationPrefix.Length..]}\"'s AppArmor profile to {value}");
            }
        }
    }

    private static YamlScalar? BadType(YamlNode? profile) =>
        (profile as YamlMapping)?.GetScalar("type") is { IsNull: false } type && type.Value is not ("RuntimeDefault" or "Localhost") ? type : null;
}
