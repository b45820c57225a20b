using KubeLint.Rules.Fixes;
using KubeLint.Yaml;

namespace KubeLint.Rules.PodSecurity;

internal sealed class WritableRootFilesystemRule : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.WritableRootFilesystem,
        Name = "writable-root-filesystem",
        Title = "Writable root filesystem",
        Category = RuleCategories.PodSecurity,
        DefaultSeverity = Severity.Note,
        AppliesTo = ["workloads"],
        WhatItChecks = "That every container sets `securityContext.readOnlyRootFilesystem: true`. Windows pods are exempt (the field is not supported there). Not part of the Pod Security Standards, so `--pss` does not run it.",
        WhyItMatters = "A writable image lets an attacker who gets code execution drop tools, modify binaries and persist across process restarts. A read-only root with `emptyDir` volumes for the paths that must be written leaves far less to work with.",
        HowToFix = "Set `readOnlyRootFilesystem: true` and mount an `emptyDir` at each path the application writes to.",
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
              containers:
                - name: app
                  image: nginx:1.27
                  securityContext:
                    readOnlyRootFilesystem: true
                  volumeMounts:
                    - {name: cache, mountPath: /var/cache/nginx}
              volumes:
                - name: cache
                  emptyDir: {}
            """,
        Fix = "**Unsafe**: sets `readOnlyRootFilesystem: true`; a process that writes outside its volumes fails until an emptyDir is mounted where it writes.",
        References = ["CIS Kubernetes Benchmark 5.6.3 (defence in depth)", "kube-linter: no-read-only-root-fs"],
    };

    public override void Check(RuleContext context)
    {
        if (context.Pod is not { IsWindows: false } pod)
        {
            return;
        }

        foreach (var container in pod.Containers)
        {
            var node = container.SecurityField("readOnlyRootFilesystem");
            if (node.IsFalse())
            {
                context.Report(node!, $"{container.Label} sets readOnlyRootFilesystem: false", ContainerFixes.Security(container, FixSafety.Unsafe, "true", "a process that writes outside its volumes will fail; mount an emptyDir where it writes", "readOnlyRootFilesystem"));
            }
            else if (!node.IsTrue())
            {
                context.Report(container.Anchor, $"{container.Label} has a writable root filesystem (readOnlyRootFilesystem is not true)", ContainerFixes.Security(container, FixSafety.Unsafe, "true", "a process that writes outside its volumes will fail; mount an emptyDir where it writes", "readOnlyRootFilesystem"));
            }
        }
    }
}
