using KubeLint.Manifests.Programs;

namespace KubeLint.Rules.PodSecurity;

internal sealed class GitSyncHostKeyUnverifiedRule : ObjectRule
{
    /// <summary>The switch in git-sync v4 and v3: its flag and the environment variables that set it.</summary>
    private static readonly string[] KnownHostsVariables = ["GITSYNC_SSH_KNOWN_HOSTS", "GIT_SSH_KNOWN_HOSTS"];

    private static readonly string[] RepositoryVariables = ["GITSYNC_REPO", "GIT_SYNC_REPO"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.GitSyncHostKeyUnverified,
        Name = "git-sync-host-key-unverified",
        Title = "git-sync does not verify the Git server",
        Category = RuleCategories.PodSecurity,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["containers running git-sync"],
        WhatItChecks = "A git-sync container (its image is `git-sync`, or its command runs it) with SSH host-key checking off: `--ssh-known-hosts=false`, or `GITSYNC_SSH_KNOWN_HOSTS` (v4) / `GIT_SSH_KNOWN_HOSTS` (v3) set to false; the command line wins over the environment. Not reported when the repository (`--repo`, `GITSYNC_REPO`, `GIT_SYNC_REPO`) is an HTTP(S) URL, where the switch does nothing. Not part of the Pod Security Standards, so `--pss` does not run it.",
        WhyItMatters = "git-sync feeds code and configuration to the pod it runs in: DAGs that Airflow executes, web roots, configuration that is loaded as is. Without host-key checking, anyone who can intercept or redirect the connection to the Git server (DNS, a compromised network path) serves their own content, which then runs with the workload's permissions.",
        HowToFix = "Leave host-key checking on and mount a `known_hosts` file (the `known_hosts` key of the SSH Secret, `--ssh-known-hosts-file`).",
        Example = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: dags
            spec:
              containers:
                - name: git-sync
                  image: registry.k8s.io/git-sync/git-sync:v4.2.4
                  args:
                    - --repo=git@github.com:example/dags.git
                    - --ssh-known-hosts=false
            """,
        FixedExample = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: dags
            spec:
              containers:
                - name: git-sync
                  image: registry.k8s.io/git-sync/git-sync:v4.2.4
                  args:
                    - --repo=git@github.com:example/dags.git
                    - --ssh-known-hosts-file=/etc/git-secret/known_hosts
            """,
        References = ["https://github.com/kubernetes/git-sync/blob/master/docs/ssh.md"],
    };

    public override void Check(RuleContext context)
    {
        foreach (var container in context.Pod?.Containers ?? [])
        {
            var commandLine = context.CommandLineOf(container);
            var image = container.Node.GetString("image");
            if (commandLine.Binary != "git-sync" && (image is null || ImageReference.Parse(image).Name != "git-sync"))
            {
                continue;
            }

            var repository = commandLine["repo"]?.Value ?? RepositoryVariables.Select(v => container.EnvironmentValue(v)?.Value).FirstOrDefault(v => v is not null);
            if (repository is not null && repository.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (commandLine["ssh-known-hosts"] is { } flag)
            {
                if (!flag.IsTrue)
                {
                    context.Report(flag.Node, $"{container.Label} runs git-sync without checking the SSH host key ({flag.Display}): whoever intercepts the connection serves the content");
                }

                continue;
            }

            foreach (var variable in KnownHostsVariables)
            {
                if (container.EnvironmentValue(variable) is { Value: var value } node && GoBoolean.Parse(value) == false)
                {
                    context.Report(node, $"{container.Label} runs git-sync without checking the SSH host key ({variable}={value}): whoever intercepts the connection serves the content");
                }
            }
        }
    }
}
