namespace KubeLint.Manifests;

/// <summary>What KubeLint knows about kinds: which are cluster-scoped, and which are not Kubernetes objects at all.</summary>
internal static class KubernetesKinds
{
    private static readonly HashSet<string> ClusterScoped = new(StringComparer.Ordinal)
    {
        "APIService", "CertificateSigningRequest", "ClusterIssuer", "ClusterPolicy", "ClusterRole",
        "ClusterRoleBinding", "ComponentStatus", "CSIDriver", "CSINode", "CustomResourceDefinition",
        "FlowSchema", "GatewayClass", "IngressClass", "MutatingAdmissionPolicy",
        "MutatingAdmissionPolicyBinding", "MutatingWebhookConfiguration", "Namespace", "Node",
        "PersistentVolume", "PodSecurityPolicy", "PriorityClass", "PriorityLevelConfiguration",
        "RuntimeClass", "SecurityContextConstraints", "StorageClass", "ValidatingAdmissionPolicy",
        "ValidatingAdmissionPolicyBinding", "ValidatingWebhookConfiguration", "VolumeAttachment",
        "VolumeSnapshotClass", "VolumeSnapshotContent", "ClusterRoleTemplate",
    };

    /// <summary>Component configuration files: linted, but they live in no namespace.</summary>
    private static readonly HashSet<string> ConfigurationFiles = new(StringComparer.Ordinal)
    {
        "KubeletConfiguration", "AuthenticationConfiguration", "AuthorizationConfiguration",
        "AdmissionConfiguration", "EncryptionConfiguration", "KubeProxyConfiguration",
        "KubeSchedulerConfiguration", "ClusterConfiguration", "InitConfiguration", "JoinConfiguration",
    };

    public static bool IsClusterScoped(string kind) => ClusterScoped.Contains(kind) || ConfigurationFiles.Contains(kind);

    /// <summary>Build-tool inputs that carry apiVersion and kind but never reach a cluster.</summary>
    public static bool IsBuildToolFile(string apiVersion) =>
        apiVersion.StartsWith("kustomize.config.k8s.io/", StringComparison.Ordinal);

    /// <summary>The API group of an apiVersion: <c>apps/v1</c> → <c>apps</c>, <c>v1</c> → empty (the core group).</summary>
    public static string GroupOf(string apiVersion)
    {
        var slash = apiVersion.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? string.Empty : apiVersion[..slash];
    }

    /// <summary>Whether a kind is a list whose <c>items</c> are objects (<c>List</c>, <c>PodList</c>…).</summary>
    public static bool IsList(string kind) => kind.EndsWith("List", StringComparison.Ordinal);
}
