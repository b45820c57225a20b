using KubeLint.Manifests.PodSecurity;
using KubeLint.Yaml;

namespace KubeLint.Rules.PodSecurity;

internal sealed class AddedCapabilitiesRule : ObjectRule
{
    /// <summary>The capabilities a container runtime grants by default, which baseline lets a container add back.</summary>
    internal static readonly IReadOnlySet<string> BaselineAllowed = new HashSet<string>(StringComparer.Ordinal)
    {
        "AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE",
        "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
    };

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.AddedCapabilities,
        Name = "added-capabilities",
        Title = "Capability added beyond the default set",
        Category = RuleCategories.PodSecurity,
        DefaultSeverity = Severity.Error,
        AppliesTo = ["workloads"],
        WhatItChecks = "`securityContext.capabilities.add` of every container for anything outside the container runtime's default set (AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT), such as SYS_ADMIN, NET_ADMIN, NET_RAW, SYS_PTRACE or ALL. Names are compared exactly, as Kubernetes does (`CAP_SYS_ADMIN` is not the default set either). As in the standard, a pod in a user namespace (`hostUsers: false`) is exempt: its capabilities are confined to that namespace.",
        WhyItMatters = "Capabilities are slices of root. SYS_ADMIN alone is enough to escape most containers; NET_ADMIN and NET_RAW allow spoofing and intercepting traffic on the node's network; SYS_PTRACE reads other processes' memory. Pod Security Standards baseline forbids them (control \"Capabilities\").",
        HowToFix = "Remove the capability from `capabilities.add`, and drop ALL so the container keeps only what it adds explicitly.",
        Example = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: vpn
            spec:
              containers:
                - name: vpn
                  image: example/vpn:1.0
                  securityContext:
                    capabilities:
                      add: [NET_ADMIN, SYS_MODULE]
            """,
        FixedExample = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: vpn
            spec:
              containers:
                - name: vpn
                  image: example/vpn:1.0
                  securityContext:
                    capabilities:
                      drop: [ALL]
                      add: [NET_BIND_SERVICE]
            """,
        Pss = new PssControl(PssLevel.Baseline, "Capabilities", new PssVersion(1, 0)),
        References = ["Pod Security Standards: baseline / Capabilities", "CIS Kubernetes Benchmark 5.2.8", "CIS Kubernetes Benchmark 5.2.9"],
    };

    public override void Check(RuleContext context)
    {
        if (context.Pod is not { IsUserNamespaced: false } pod)
        {
            return;
        }

        foreach (var container in pod.Containers)
        {
            var added = (container.SecurityField("capabilities") as YamlMapping)?["add"];
            foreach (var item in added.AsItems().OfType<YamlScalar>())
            {
                if (!BaselineAllowed.Contains(item.Value))
                {
                    context.Report(item, $"{container.Label} adds capability {item.Value}");
                }
            }
        }
    }
}
