using KubeLint.Rules.Fixes;
using KubeLint.Manifests.PodSecurity;
using KubeLint.Yaml;

namespace KubeLint.Rules.PodSecurity;

internal sealed class CapabilitiesNotDroppedRule : ObjectRule
{
    private static readonly PssVersion WindowsExemptSince = new(1, 25);

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.CapabilitiesNotDropped,
        Name = "capabilities-not-dropped",
        Title = "Capabilities not dropped",
        Category = RuleCategories.PodSecurity,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["workloads"],
        WhatItChecks = "That every container's `capabilities.drop` contains `ALL`, and that `capabilities.add` holds nothing but `NET_BIND_SERVICE`. Capabilities outside the runtime's default set are reported by KL3007 instead, so each problem is reported once. Windows pods are exempt, as in the standard from v1.25.",
        WhyItMatters = "Container runtimes grant a default set of capabilities (CHOWN, DAC_OVERRIDE, SETUID, NET_RAW on some runtimes…) that most applications never use; each is a tool for an attacker who gets code execution. Dropping ALL leaves only what the container adds explicitly. Pod Security Standards restricted requires it (control \"Capabilities\").",
        HowToFix = "Add `capabilities: {drop: [ALL]}` to every container and add back only NET_BIND_SERVICE if it binds a port below 1024.",
        Example = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: app
            spec:
              containers:
                - name: app
                  image: nginx:1.27
                  securityContext:
                    capabilities:
                      drop: [NET_RAW]
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
                    capabilities:
                      drop: [ALL]
                      add: [NET_BIND_SERVICE]
            """,
        Pss = new PssControl(PssLevel.Restricted, "Capabilities", new PssVersion(1, 22)),
        Fix = "**Safe**: adds `ALL` to `capabilities.drop`, keeping every capability the container adds explicitly; capabilities it adds beyond NET_BIND_SERVICE have no automatic fix (removing them is a decision).",
        References = ["Pod Security Standards: restricted / Capabilities", "CIS Kubernetes Benchmark 5.2.9"],
    };

    public override void Check(RuleContext context)
    {
        if (context.Pod is not { } pod || (pod.IsWindows && context.PolicyVersion >= WindowsExemptSince))
        {
            return;
        }

        foreach (var container in pod.Containers)
        {
            var capabilities = container.SecurityField("capabilities") as YamlMapping;
            var drop = capabilities?["drop"];
            if (!drop.AsItems().OfType<YamlScalar>().Any(c => c.Value == "ALL"))
            {
                var nearMiss = drop.AsItems().OfType<YamlScalar>().FirstOrDefault(c => string.Equals(c.Value, "ALL", StringComparison.OrdinalIgnoreCase));
                context.Report(
                    drop ?? (YamlNode?)capabilities ?? container.Anchor,
                    nearMiss is null
                        ? $"{container.Label} does not drop ALL capabilities"
                        : $"{container.Label} drops \"{nearMiss.Value}\", which drops nothing: capability names are case-sensitive and only ALL counts",
                    ContainerFixes.DropAll(container));
            }

            foreach (var added in capabilities?["add"].AsItems().OfType<YamlScalar>() ?? [])
            {
                var reportedByBaseline = !pod.IsUserNamespaced && !AddedCapabilitiesRule.BaselineAllowed.Contains(added.Value);
                if (added.Value != "NET_BIND_SERVICE" && !reportedByBaseline)
                {
                    context.Report(added, $"{container.Label} adds capability {added.Value}; restricted allows only NET_BIND_SERVICE");
                }
            }
        }
    }
}
