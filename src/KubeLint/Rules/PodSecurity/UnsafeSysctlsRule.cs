using KubeLint.Manifests.PodSecurity;
using KubeLint.Yaml;

namespace KubeLint.Rules.PodSecurity;

internal sealed class UnsafeSysctlsRule : ObjectRule
{
    /// <summary>The safe sysctls by the policy version that first allows them.</summary>
    private static readonly (PssVersion Since, string[] Names)[] AllowedByVersion =
    [
        (new PssVersion(1, 0), ["kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range", "net.ipv4.ip_unprivileged_port_start"]),
        (new PssVersion(1, 27), ["net.ipv4.ip_local_reserved_ports"]),
        (new PssVersion(1, 29), ["net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes"]),
        (new PssVersion(1, 32), ["net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem"]),
        (new PssVersion(1, 37), ["net.ipv4.tcp_slow_start_after_idle", "net.ipv4.tcp_notsent_lowat"]),
    ];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.UnsafeSysctls,
        Name = "unsafe-sysctls",
        Title = "Sysctl outside the safe set",
        Category = RuleCategories.PodSecurity,
        DefaultSeverity = Severity.Error,
        AppliesTo = ["workloads"],
        WhatItChecks = "`spec.securityContext.sysctls` for names outside the safe set of the selected policy version: `kernel.shm_rmid_forced`, `net.ipv4.ip_local_port_range`, `net.ipv4.tcp_syncookies`, `net.ipv4.ping_group_range`, `net.ipv4.ip_unprivileged_port_start`; from v1.27 `net.ipv4.ip_local_reserved_ports`; from v1.29 `net.ipv4.tcp_keepalive_time`, `tcp_fin_timeout`, `tcp_keepalive_intvl`, `tcp_keepalive_probes`; from v1.32 `net.ipv4.tcp_rmem`, `tcp_wmem`; from v1.37 `net.ipv4.tcp_slow_start_after_idle`, `tcp_notsent_lowat`.",
        WhyItMatters = "Sysctls outside the safe set are either not namespaced (they change the kernel for every pod on the node) or let one pod starve or weaken the node's networking or memory. Pod Security Standards baseline forbids them (control \"Sysctls\").",
        HowToFix = "Remove the sysctl, or set it on the node (or an allow-listed node pool) rather than in the pod.",
        Example = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: db
            spec:
              securityContext:
                sysctls:
                  - name: kernel.msgmax
                    value: "65536"
              containers:
                - name: db
                  image: postgres:16
            """,
        FixedExample = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: db
            spec:
              securityContext:
                sysctls:
                  - name: net.ipv4.ip_local_port_range
                    value: "1024 65535"
              containers:
                - name: db
                  image: postgres:16
            """,
        Pss = new PssControl(PssLevel.Baseline, "Sysctls", new PssVersion(1, 0)),
        References = ["Pod Security Standards: baseline / Sysctls", "https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/"],
    };

    public override void Check(RuleContext context)
    {
        var sysctls = context.Pod?.SecurityField("sysctls");
        foreach (var sysctl in sysctls.AsItems().OfType<YamlMapping>())
        {
            var name = sysctl.GetScalar("name");
            if (name is not null && !IsAllowed(name.Value, context.PolicyVersion))
            {
                context.Report(name, $"the pod sets sysctl {name.Value}, which is not in the safe set of policy {context.PolicyVersion}");
            }
        }
    }

    private static bool IsAllowed(string name, PssVersion version) =>
        AllowedByVersion.Any(step => step.Since <= version && step.Names.Contains(name, StringComparer.Ordinal));
}
