using KubeLint.Yaml;

namespace KubeLint.Rules.PodSecurity;

internal sealed class SecretInEnvironmentRule : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.SecretInEnvironment,
        Name = "secret-in-environment",
        Title = "Secret passed in environment variables",
        Category = RuleCategories.PodSecurity,
        DefaultSeverity = Severity.Note,
        AppliesTo = ["workloads"],
        WhatItChecks = "Containers (init, ephemeral and regular) that take a Secret into their environment: `env[].valueFrom.secretKeyRef` (one finding per variable) or `envFrom[].secretRef` (every key of the Secret). Not part of the Pod Security Standards, so `--pss` does not run it.",
        WhyItMatters = "Environment variables are inherited by every child process, readable in /proc/<pid>/environ by anything running as the same user, printed by crash reporters, debug endpoints and `env` in support sessions, and copied into logs by frameworks that dump their configuration. A Secret mounted as a file is read only when needed, can be limited by file permissions and is updated in place when rotated.",
        HowToFix = "Mount the Secret as a volume (`secret:` with `defaultMode: 0400`) and point the application at the file (many accept `*_FILE` variables).",
        Example = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: app
            spec:
              containers:
                - name: app
                  image: registry.example.com/app:1.0
                  env:
                    - name: DATABASE_PASSWORD
                      valueFrom:
                        secretKeyRef:
                          name: database
                          key: password
            """,
        FixedExample = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: app
            spec:
              containers:
                - name: app
                  image: registry.example.com/app:1.0
                  env:
                    - name: DATABASE_PASSWORD_FILE
                      value: /run/secrets/database/password
                  volumeMounts:
                    - name: database
                      mountPath: /run/secrets/database
                      readOnly: true
              volumes:
                - name: database
                  secret:
                    secretName: database
                    defaultMode: 0400
            """,
        References = ["CIS Kubernetes Benchmark 5.4.1", "https://kubernetes.io/docs/concepts/security/secrets-good-practices/", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-files-from-a-pod"],
    };

    public override void Check(RuleContext context)
    {
        foreach (var container in context.Pod?.Containers ?? [])
        {
            foreach (var variable in container.Node["env"].AsItems().OfType<YamlMapping>())
            {
                if (variable.GetMapping("valueFrom")?.GetMapping("secretKeyRef") is { } reference)
                {
                    context.Report(reference, $"{container.Label} reads key {reference.GetString("key") ?? "?"} of Secret {reference.GetString("name") ?? "?"} into environment variable {variable.GetString("name") ?? "?"}");
                }
            }

            foreach (var source in container.Node["envFrom"].AsItems().OfType<YamlMapping>())
            {
                if (source.GetMapping("secretRef") is { } reference)
                {
                    context.Report(reference, $"{container.Label} reads every key of Secret {reference.GetString("name") ?? "?"} into its environment");
                }
            }
        }
    }
}
