namespace KubeLint.Rules;

/// <summary>The category names used in JSON and SARIF output; other tools rely on these exact strings.</summary>
public static class RuleCategories
{
    /// <summary>Problems with the manifest itself (KL0xxx).</summary>
    public const string Input = "input";

    /// <summary>Roles, cluster roles and their bindings (KL1xxx).</summary>
    public const string Rbac = "rbac";

    /// <summary>Service-account tokens mounted into workloads (KL2xxx).</summary>
    public const string ServiceAccountToken = "service-account-token";

    /// <summary>Root users and the Pod Security Standards (KL3xxx).</summary>
    public const string PodSecurity = "pod-security";

    /// <summary>Exposed dashboards and admin UIs (KL4xxx).</summary>
    public const string Dashboard = "dashboard";

    /// <summary>The control plane: kube-apiserver, kubelet, kube-controller-manager, kube-scheduler, etcd and their configuration files (KL5xxx).</summary>
    public const string ApiServer = "api-server";

    /// <summary>Ingress controllers and the annotations they execute (KL6xxx).</summary>
    public const string Ingress = "ingress";

    /// <summary>Every built-in category, in id order.</summary>
    public static IReadOnlyList<string> All { get; } = [Input, Rbac, ServiceAccountToken, PodSecurity, Dashboard, ApiServer, Ingress];
}
