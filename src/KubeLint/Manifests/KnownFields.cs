namespace KubeLint.Manifests;

/// <summary>The Kubernetes API fields KubeLint checks spelling and types against (core/v1 and rbac/v1, as of 1.34).</summary>
internal static class KnownFields
{
    public static readonly IReadOnlySet<string> PodSpec = Set(
        "volumes", "initContainers", "containers", "ephemeralContainers", "restartPolicy", "terminationGracePeriodSeconds",
        "activeDeadlineSeconds", "dnsPolicy", "nodeSelector", "serviceAccountName", "serviceAccount", "automountServiceAccountToken",
        "nodeName", "hostNetwork", "hostPID", "hostIPC", "shareProcessNamespace", "securityContext", "imagePullSecrets", "hostname",
        "subdomain", "affinity", "schedulerName", "tolerations", "hostAliases", "priorityClassName", "priority", "dnsConfig",
        "readinessGates", "runtimeClassName", "enableServiceLinks", "preemptionPolicy", "overhead", "topologySpreadConstraints",
        "setHostnameAsFQDN", "os", "hostUsers", "schedulingGates", "resourceClaims", "resources", "hostnameOverride");

    /// <summary>Pod spec fields whose misspelling silently turns a control off.</summary>
    public static readonly IReadOnlySet<string> PodSecurityRelevant = Set(
        "automountServiceAccountToken", "hostNetwork", "hostPID", "hostIPC", "hostUsers", "securityContext",
        "serviceAccountName", "shareProcessNamespace");

    public static readonly IReadOnlySet<string> Container = Set(
        "name", "image", "command", "args", "workingDir", "ports", "envFrom", "env", "resources", "resizePolicy", "restartPolicy",
        "restartPolicyRules", "volumeMounts", "volumeDevices", "livenessProbe", "readinessProbe", "startupProbe", "lifecycle",
        "terminationMessagePath", "terminationMessagePolicy", "imagePullPolicy", "securityContext", "stdin", "stdinOnce", "tty",
        "targetContainerName");

    public static readonly IReadOnlySet<string> ContainerSecurityContext = Set(
        "capabilities", "privileged", "seLinuxOptions", "windowsOptions", "runAsUser", "runAsGroup", "runAsNonRoot",
        "readOnlyRootFilesystem", "allowPrivilegeEscalation", "procMount", "seccompProfile", "appArmorProfile");

    public static readonly IReadOnlySet<string> PodSecurityContext = Set(
        "seLinuxOptions", "windowsOptions", "runAsUser", "runAsGroup", "runAsNonRoot", "supplementalGroups",
        "supplementalGroupsPolicy", "fsGroup", "sysctls", "fsGroupChangePolicy", "seccompProfile", "appArmorProfile",
        "seLinuxChangePolicy");

    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> SecurityContextParts = new Dictionary<string, IReadOnlySet<string>>
    {
        ["capabilities"] = Set("add", "drop"),
        ["seccompProfile"] = Set("type", "localhostProfile"),
        ["appArmorProfile"] = Set("type", "localhostProfile"),
        ["seLinuxOptions"] = Set("user", "role", "type", "level"),
        ["windowsOptions"] = Set("gmsaCredentialSpecName", "gmsaCredentialSpec", "runAsUserName", "hostProcess"),
    };

    public static readonly IReadOnlySet<string> PolicyRule = Set("apiGroups", "resources", "verbs", "resourceNames", "nonResourceURLs");

    public static readonly IReadOnlySet<string> Subject = Set("kind", "name", "namespace", "apiGroup");

    public static readonly IReadOnlySet<string> ServiceAccount = Set("apiVersion", "kind", "metadata", "automountServiceAccountToken", "secrets", "imagePullSecrets");

    /// <summary>Boolean security fields of a container's securityContext.</summary>
    public static readonly IReadOnlySet<string> ContainerSecurityBooleans = Set("privileged", "allowPrivilegeEscalation", "readOnlyRootFilesystem", "runAsNonRoot");

    /// <summary>Boolean security fields of a pod spec.</summary>
    public static readonly IReadOnlySet<string> PodSecurityBooleans = Set("hostNetwork", "hostPID", "hostIPC", "hostUsers", "automountServiceAccountToken", "shareProcessNamespace");

    /// <summary>User and group ids: integers from 0 to 2147483647.</summary>
    public static readonly IReadOnlySet<string> Ids = Set("runAsUser", "runAsGroup", "fsGroup");

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);
}
