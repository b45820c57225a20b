using KubeLint.Manifests.Workloads;

namespace KubeLint.Rules.Fixes;

/// <summary>Fixes of a container's or a pod's security settings, classified once for every rule that proposes them.</summary>
internal static class ContainerFixes
{
    /// <summary>Sets a field of the container's <c>securityContext</c>.</summary>
    public static FixIntent Security(ContainerView container, FixSafety safety, string value, string reason, params string[] keys) =>
        FixIntent.Set(safety, container.Node, value, reason, ["securityContext", .. keys]);

    /// <summary>
    /// <c>allowPrivilegeEscalation: false</c> is safe when nothing visible needs escalation: the
    /// container is not privileged and adds no capability (setuid binaries cannot be seen from a manifest).
    /// </summary>
    public static FixIntent NoPrivilegeEscalation(ContainerView container)
    {
        var needsPower = container.Effective.GetBoolean("privileged").Value == true
            || (container.SecurityField("capabilities") as Yaml.YamlMapping)?["add"] is Yaml.YamlSequence { Count: > 0 };
        return needsPower
            ? Security(container, FixSafety.Unsafe, "false", "the container is privileged or adds capabilities, which may rely on escalation", "allowPrivilegeEscalation")
            : Security(container, FixSafety.Safe, "false", "nothing in the manifest needs a process to gain privileges", "allowPrivilegeEscalation");
    }

    /// <summary>Adds <c>ALL</c> to <c>capabilities.drop</c>; capabilities the container adds explicitly stay added.</summary>
    public static FixIntent DropAll(ContainerView container) =>
        Security(container, FixSafety.Safe, "ALL", "capabilities the container adds are kept; the runtime's defaults are not needed by workloads that do not ask for them", "capabilities", "drop") with { AddsToList = true };
}
