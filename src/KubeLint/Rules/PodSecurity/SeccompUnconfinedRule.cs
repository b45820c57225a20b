using KubeLint.Manifests.PodSecurity;
using KubeLint.Yaml;

namespace KubeLint.Rules.PodSecurity;

internal sealed class SeccompUnconfinedRule : ObjectRule
{
    internal const string PodAnnotation = "seccomp.security.alpha.kubernetes.io/pod";
    internal const string ContainerAnnotationPrefix = "container.seccomp.security.alpha.kubernetes.io/";
    private static readonly PssVersion FieldSince = new(1, 19);

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.SeccompUnconfined,
        Name = "seccomp-unconfined",
        Title = "Seccomp profile disabled",
        Category = RuleCategories.PodSecurity,
        DefaultSeverity = Severity.Error,
        AppliesTo = ["workloads"],
        WhatItChecks = "`securityContext.seccompProfile.type` on the pod and every container for anything but `RuntimeDefault` or `Localhost` (that is, `Unconfined`). For policy versions before v1.19 (`--pss baseline@v1.18`), the alpha annotations `seccomp.security.alpha.kubernetes.io/pod` and `container.seccomp.security.alpha.kubernetes.io/<name>` are checked instead, allowing `runtime/default`, `docker/default` and `localhost/*`.",
        WhyItMatters = "Seccomp filters the system calls a container may make; `Unconfined` turns the filter off and re-opens the kernel attack surface (keyctl, unshare, bpf, mount…) that most container escapes go through. Pod Security Standards baseline forbids it (control \"Seccomp\").",
        HowToFix = "Set `seccompProfile.type: RuntimeDefault` (or a `Localhost` profile) instead of `Unconfined`.",
        Example = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: app
            spec:
              securityContext:
                seccompProfile:
                  type: Unconfined
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
                seccompProfile:
                  type: RuntimeDefault
              containers:
                - name: app
                  image: nginx:1.27
            """,
        Pss = new PssControl(PssLevel.Baseline, "Seccomp", new PssVersion(1, 0)),
        References = ["Pod Security Standards: baseline / Seccomp", "CIS Kubernetes Benchmark 5.6.2"],
    };

    public override void Check(RuleContext context)
    {
        if (context.Pod is not { } pod)
        {
            return;
        }

        if (context.PolicyVersion < FieldSince)
        {
            CheckAnnotations(context, pod);
            return;
        }

        if (BadProfileType(pod.SecurityField("seccompProfile")) is { } podType)
        {
            context.Report(podType, $"the pod sets seccompProfile.type: {podType.Value}, which turns the syscall filter off for every container that does not override it");
        }

        foreach (var container in pod.Containers)
        {
            if (BadProfileType(container.SecurityField("seccompProfile")) is { } type)
            {
                context.Report(type, $"{container.Label} sets seccompProfile.type: {type.Value}, which turns its syscall filter off");
            }
        }
    }

    /// <summary>The <c>type</c> node of a seccomp profile that is neither RuntimeDefault nor Localhost.</summary>
    internal static YamlScalar? BadProfileType(YamlNode? profile) =>
        (profile as YamlMapping)?.GetScalar("type") is { IsNull: false } type && type.Value is not ("RuntimeDefault" or "Localhost") ? type : null;

    private static void CheckAnnotations(RuleContext context, Manifests.Workloads.PodSpecView pod)
    {
        var annotations = pod.TemplateMetadata?.GetMapping("annotations");
        if (annotations is null)
        {
            return;
        }

        var names = pod.Containers.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in annotations.Entries)
        {
            var key = entry.KeyText ?? string.Empty;
            var applies = key == PodAnnotation
                || (key.StartsWith(ContainerAnnotationPrefix, StringComparison.Ordinal) && names.Contains(key[ContainerAnnotationPrefix.Length..]));
            if (applies && entry.Value.AsString() is { } value && !IsAllowedAnnotationValue(value))
            {
                context.Report(entry.Value, $"annotation {key}: {value} turns the syscall filter off");
            }
        }
    }

    private static bool IsAllowedAnnotationValue(string value) =>
        value is "runtime/default" or "docker/default" || value.StartsWith("localhost/", StringComparison.Ordinal);
}
