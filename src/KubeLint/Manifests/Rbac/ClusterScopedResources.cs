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
        [""] = Set("nodes", "persistentvolumes", "namespaces", "componentstatuses", "users", "groups"),
        ["rbac.authorization.k8s.io"] = Set("clusterroles", "clusterrolebindings"),
        ["admissionregistration.k8s.io"] = Set(
            "mutatingwebhookconfigurations", "validatingwebhookconfigurations", "validatingadmissionpolicies",
            "validatingadmissionpolicybindings", "mutatingadmissionpolicies", "mutatingadmissionpolicybindings"),
        ["apiextensions.k8s.io"] = Set("customresourcedefinitions"),
        ["apiregistration.k8s.io"] = Set("apiservices"),
        ["certificates.k8s.io"] = Set("certificatesigningrequests", "signers", "clustertrustbundles"),
        ["storage.k8s.io"] = Set("storageclasses", "csidrivers", "csinodes", "volumeattachments", "volumeattributesclasses"),
        ["scheduling.k8s.io"] = Set("priorityclasses"),
        ["node.k8s.io"] = Set("runtimeclasses"),
        ["networking.k8s.io"] = Set("ingressclasses", "ipaddresses", "servicecidrs"),
        ["flowcontrol.apiserver.k8s.io"] = Set("flowschemas", "prioritylevelconfigurations"),
        ["authentication.k8s.io"] = Set("tokenreviews", "selfsubjectreviews", "uids", "userextras"),
        ["authorization.k8s.io"] = Set("subjectaccessreviews", "selfsubjectaccessreviews", "selfsubjectrulesreviews"),
        ["policy"] = Set("podsecuritypolicies"),
        ["resource.k8s.io"] = Set("deviceclasses", "resourceslices"),
        ["internal.apiserver.k8s.io"] = Set("storageversions"),
    };

    private static HashSet<string> Set(params string[] resources) => new(resources, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="resource"/> (possibly <c>resource/subresource</c>) of <paramref name="group"/> is cluster-scoped.</summary>
    public static bool Contains(string group, string resource)
    {
        var slash = resource.IndexOf('/', StringComparison.Ordinal);
        return ByGroup.TryGetValue(group, out var resources) && resources.Contains(slash < 0 ? resource : resource[..slash]);
    }
}
