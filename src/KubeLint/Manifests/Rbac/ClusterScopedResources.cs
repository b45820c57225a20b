namespace KubeLint.Manifests.Rbac;

/// <summary>
/// Resources that live outside namespaces (what <c>kubectl api-resources --namespaced=false</c>
/// lists, with their subresources), and the identities impersonation names. A Role, or a ClusterRole
/// bound by a RoleBinding, grants nothing on them: the RBAC authorizer applies a namespaced grant only
/// to requests in that namespace.
/// </summary>
internal static class ClusterScopedResources
{
    /// <summary>By API group (a dictionary of sets of strings: no tuple type the JIT would compile at start-up).</summary>
    private static readonly Dictionary<string, HashSet<string>> ByGroup = new(StringComparer.Ordinal)
    {
        [""] = new(StringComparer.Ordinal) { "nodes", "persistentvolumes", "namespaces", "componentstatuses", "users", "groups" },
        ["rbac.authorization.k8s.io"] = new(StringComparer.Ordinal) { "clusterroles", "clusterrolebindings" },
        ["admissionregistration.k8s.io"] = new(StringComparer.Ordinal)
        {
            "mutatingwebhookconfigurations", "validatingwebhookconfigurations", "validatingadmissionpolicies",
            "validatingadmissionpolicybindings", "mutatingadmissionpolicies", "mutatingadmissionpolicybindings",
        },
        ["apiextensions.k8s.io"] = new(StringComparer.Ordinal) { "customresourcedefinitions" },
        ["apiregistration.k8s.io"] = new(StringComparer.Ordinal) { "apiservices" },
        ["certificates.k8s.io"] = new(StringComparer.Ordinal) { "certificatesigningrequests", "signers", "clustertrustbundles" },
        ["storage.k8s.io"] = new(StringComparer.Ordinal)
        {
            "storageclasses", "csidrivers", "csinodes", "volumeattachments", "volumeattributesclasses",
        },
        ["scheduling.k8s.io"] = new(StringComparer.Ordinal) { "priorityclasses" },
        ["node.k8s.io"] = new(StringComparer.Ordinal) { "runtimeclasses" },
        ["networking.k8s.io"] = new(StringComparer.Ordinal) { "ingressclasses", "ipaddresses", "servicecidrs" },
        ["flowcontrol.apiserver.k8s.io"] = new(StringComparer.Ordinal) { "flowschemas", "prioritylevelconfigurations" },
        ["authentication.k8s.io"] = new(StringComparer.Ordinal) { "tokenreviews", "selfsubjectreviews", "uids", "userextras" },
        ["authorization.k8s.io"] = new(StringComparer.Ordinal) { "subjectaccessreviews", "selfsubjectaccessreviews", "selfsubjectrulesreviews" },
        ["policy"] = new(StringComparer.Ordinal) { "podsecuritypolicies" },
        ["resource.k8s.io"] = new(StringComparer.Ordinal) { "deviceclasses", "resourceslices" },
        ["internal.apiserver.k8s.io"] = new(StringComparer.Ordinal) { "storageversions" },
    };

    /// <summary>Whether <paramref name="resource"/> (possibly <c>resource/subresource</c>) of <paramref name="group"/> is cluster-scoped.</summary>
    public static bool Contains(string group, string resource)
    {
        var slash = resource.IndexOf('/', StringComparison.Ordinal);
        return ByGroup.TryGetValue(group, out var resources) && resources.Contains(slash < 0 ? resource : resource[..slash]);
    }
}
