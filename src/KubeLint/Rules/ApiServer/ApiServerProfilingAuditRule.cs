namespace KubeLint.Rules.ApiServer;

internal sealed class ApiServerProfilingAuditRule : ObjectRule
{
    /// <summary>The CIS minimums for a file audit log: days kept, files kept, megabytes per file.</summary>
    private static readonly (string Flag, long Minimum)[] Retention = [("audit-log-maxage", 30), ("audit-log-maxbackup", 10), ("audit-log-maxsize", 100)];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.ApiServerProfilingAudit,
        Name = "apiserver-profiling-audit",
        Title = "API server profiling on or auditing off",
        Category = RuleCategories.ApiServer,
        DefaultSeverity = Severity.Note,
        AppliesTo = ["kube-apiserver containers"],
        WhatItChecks = "kube-apiserver's `--profiling` (on unless set to false), and its audit configuration: an audit backend (`--audit-log-path` or `--audit-webhook-config-file`) and a policy (`--audit-policy-file`), without which nothing is logged; for a file log, retention of at least 30 days (`--audit-log-maxage`), 10 files (`--audit-log-maxbackup`) and 100 MB per file (`--audit-log-maxsize`).",
        WhyItMatters = "The profiling endpoints expose internals and cost performance for no production benefit. Without an audit log there is no record of who did what through the API, which makes a breach impossible to investigate.",
        HowToFix = "Set `--profiling=false`, and configure `--audit-policy-file` with `--audit-log-path` (or a webhook backend).",
        Example = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: kube-apiserver
              namespace: kube-system
            spec:
              hostNetwork: true
              containers:
                - name: kube-apiserver
                  image: registry.k8s.io/kube-apiserver:v1.31.0
                  command:
                    - kube-apiserver
                    - --authorization-mode=Node,RBAC
            """,
        FixedExample = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: kube-apiserver
              namespace: kube-system
            spec:
              hostNetwork: true
              containers:
                - name: kube-apiserver
                  image: registry.k8s.io/kube-apiserver:v1.31.0
                  command:
                    - kube-apiserver
                    - --authorization-mode=Node,RBAC
                    - --profiling=false
                    - --audit-policy-file=/etc/kubernetes/audit/policy.yaml
                    - --audit-log-path=/var/log/kubernetes/audit.log
                    - --audit-log-maxage=30
                    - --audit-log-maxbackup=10
                    - --audit-log-maxsize=100
            """,
        References = ["CIS Kubernetes Benchmark 1.2.15", "CIS Kubernetes Benchmark 1.2.16", "CIS Kubernetes Benchmark 1.2.17", "CIS Kubernetes Benchmark 1.2.18", "CIS Kubernetes Benchmark 1.2.19", "https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/"],
    };

    public override void Check(RuleContext context)
    {
        foreach (var apiServer in context.ApiServers())
        {
            var profiling = apiServer.CommandLine["profiling"];
            if (profiling is null || profiling.IsTrue)
            {
                context.Report(profiling?.Node ?? apiServer.Anchor, "kube-apiserver leaves profiling on (--profiling defaults to true)");
            }

            var backend = apiServer.CommandLine["audit-log-path"] ?? apiServer.CommandLine["audit-webhook-config-file"];
            if (backend is null)
            {
                context.Report(apiServer.Anchor, "kube-apiserver keeps no audit log (no --audit-log-path or --audit-webhook-config-file)");
            }
            else if (apiServer.CommandLine["audit-policy-file"] is null)
            {
                context.Report(backend.Node, "kube-apiserver has an audit backend but no --audit-policy-file, so nothing is audited");
            }

            if (apiServer.CommandLine["audit-log-path"] is { } logPath)
            {
                foreach (var (flag, minimum) in Retention)
                {
                    var value = apiServer.CommandLine[flag]?.Value;
                    if (!long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) || number < minimum)
                    {
                        context.Report(apiServer.CommandLine[flag]?.Node ?? logPath.Node, $"kube-apiserver's audit log keeps too little: --{flag} is {value ?? "unset"}, below {minimum}");
                    }
                }
            }
        }
    }
}
