using KubeLint.Yaml;

namespace KubeLint.Manifests.Rbac;

/// <summary>
/// The user-facing ClusterRoles every cluster has, known by name when the input does not define them,
/// with their documented powers (Kubernetes "User-facing roles").
/// </summary>
internal static class BuiltInRoles
{
    private const string BuiltInFile = "<built-in>";

    private static readonly string[] ReadVerbs = ["get", "list", "watch"];
    private static readonly string[] WriteVerbs = ["create", "delete", "deletecollection", "patch", "update"];
    private static readonly string[] AllVerbs = [.. ReadVerbs, .. WriteVerbs];

    private static readonly PolicyRule[] ViewRules =
    [
        Rule([""], ["configmaps", "endpoints", "persistentvolumeclaims", "pods", "pods/log", "pods/status", "replicationcontrollers", "services", "serviceaccounts", "events", "limitranges", "resourcequotas", "namespaces"], ReadVerbs),
        Rule(["apps"], ["daemonsets", "deployments", "replicasets", "statefulsets"], ReadVerbs),
        Rule(["batch"], ["cronjobs", "jobs"], ReadVerbs),
        Rule(["autoscaling"], ["horizontalpodautoscalers"], ReadVerbs),
        Rule(["networking.k8s.io"], ["ingresses", "networkpolicies"], ReadVerbs),
        Rule(["policy"], ["poddisruptionbudgets"], ReadVerbs),
    ];

    private static readonly PolicyRule[] EditRules =
    [
        .. ViewRules,
        Rule([""], ["pods", "pods/attach", "pods/exec", "pods/portforward", "pods/proxy"], AllVerbs),
        Rule([""], ["configmaps", "endpoints", "persistentvolumeclaims", "replicationcontrollers", "replicationcontrollers/scale", "secrets", "serviceaccounts", "services", "services/proxy"], AllVerbs),
        Rule([""], ["serviceaccounts"], ["impersonate"]),
        Rule([""], ["serviceaccounts/token"], ["create"]),
        Rule(["apps"], ["daemonsets", "deployments", "deployments/rollback", "deployments/scale", "replicasets", "replicasets/scale", "statefulsets", "statefulsets/scale"], AllVerbs),
        Rule(["autoscaling"], ["horizontalpodautoscalers"], AllVerbs),
        Rule(["batch"], ["cronjobs", "jobs"], AllVerbs),
        Rule(["networking.k8s.io"], ["ingresses", "networkpolicies"], AllVerbs),
        Rule(["policy"], ["poddisruptionbudgets"], AllVerbs),
    ];

    private static readonly PolicyRule[] AdminRules =
    [
        .. EditRules,
        Rule(["rbac.authorization.k8s.io"], ["roles", "rolebindings"], AllVerbs),
        Rule(["authorization.k8s.io"], ["localsubjectaccessreviews"], ["create"]),
    ];

    private static readonly PolicyRule[] ClusterAdminRules =
    [
        Rule(["*"], ["*"], ["*"]),
        new([], [], ["*"], [], ["*"], Span, string.Empty),
    ];

    private static SourceSpan Span => SourceSpan.At(BuiltInFile, SourcePosition.Start);

    /// <summary>The built-in rules of a ClusterRole name, or null when the name is not one of the four.</summary>
    public static IReadOnlyList<PolicyRule>? RulesOf(string name) => name switch
    {
        "cluster-admin" => ClusterAdminRules,
        "admin" => AdminRules,
        "edit" => EditRules,
        "view" => ViewRules,
        _ => null,
    };

    /// <summary>The label by which ClusterRoles aggregate into a built-in role, e.g. <c>rbac.authorization.k8s.io/aggregate-to-admin</c>.</summary>
    public static string? AggregationLabelOf(string name) => name is "admin" or "edit" or "view"
        ? $"rbac.authorization.k8s.io/aggregate-to-{name}"
        : null;

    private static PolicyRule Rule(string[] groups, string[] resources, string[] verbs) =>
        new(groups, resources, verbs, [], [], Span, string.Empty);
}
