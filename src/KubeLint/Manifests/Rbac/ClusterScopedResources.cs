namespace KubeLint.Manifests.Rbac;

/// <summary>
/// Resources that live outside namespaces (what <c>kubectl api-resources --namespaced=false</c>
/// lists, with their subresources), and the identities impersonation names. A Role, or a ClusterRole
/// bound by a RoleBinding, grants nothing on them: the RBAC authorizer applies a namespaced grant only
/// to requests in that namespace.
/// </summary>
internal static class ClusterScopedResources
{
    private static readonly HashSet<(string Group, string Resource)> All =
    [
        ("", "nodes"), ("", "persistentvolumes"), ("", "namespaces"), ("", "componentstatuses"), ("", "users"), ("", "groups"),
        ("rbac.authorization.k8s.io", "clusterroles"), ("rbac.authorization.k8s.io", "clusterrolebindings"),
        ("admissionregistration.k8s.io", "mutatingwebhookconfigurations"), ("admissionregistration.k8s.io", "validatingwebhookconfigurations"),
        ("admissionregistration.k8s.io", "validatingadmissionpolicies"), ("admissionregistration.k8s.io", "validatingadmissionpolicybindings"),
        ("admissionregistration.k8s.io", "mutatingadmissionpolicies"), ("admissionregistration.k8s.io", "mutatingadmissionpolicybindings"),
        ("apiextensions.k8s.io", "customresourcedefinitions"), ("apiregistration.k8s.io", "apiservices"),
        ("certificates.k8s.io", "certificatesigningrequests"), ("certificates.k8s.io", "signers"), ("certificates.k8s.io", "clustertrustbundles"),
        ("storage.k8s.io", "storageclasses"), ("storage.k8s.io", "csidrivers"), ("storage.k8s.io", "csinodes"),
        ("storage.k8s.io", "volumeattachments"), ("storage.k8s.io", "volumeattributesclasses"),
        ("scheduling.k8s.io", "priorityclasses"), ("node.k8s.io", "runtimeclasses"),
        ("networking.k8s.io", "ingressclasses"), ("networking.k8s.io", "ipaddresses"), ("networking.k8s.io", "servicecidrs"),
        ("flowcontrol.apiserver.k8s.io", "flowschemas"), ("flowcontrol.apiserver.k8s.io", "prioritylevelconfigurations"),
        ("authentication.k8s.io", "tokenreviews"), ("authentication.k8s.io", "selfsubjectreviews"),
        ("authentication.k8s.io", "uids"), ("authentication.k8s.io", "userextras"),
        ("authorization.k8s.io", "subjectaccessreviews"), ("authorization.k8s.io", "selfsubjectaccessreviews"), ("authorization.k8s.io", "selfsubjectrulesreviews"),
        ("policy", "podsecuritypolicies"), ("resource.k8s.io", "deviceclasses"), ("resource.k8s.io", "resourceslices"),
        ("internal.apiserver.k8s.io", "storageversions"),
    ];

    /// <summary>Whether <paramref name="resource"/> (possibly <c>resource/subresource</c>) of <paramref name="group"/> is cluster-scoped.</summary>
    public static bool Contains(string group, string resource)
    {
        var slash = resource.IndexOf('/', StringComparison.Ordinal);
        return All.Contains((group, slash < 0 ? resource : resource[..slash]));
    }
}
