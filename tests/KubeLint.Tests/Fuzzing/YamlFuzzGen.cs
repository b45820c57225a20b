using CsCheck;

namespace KubeLint.Tests.Fuzzing;

/// <summary>
/// Generates hostile-looking manifests: well-formed objects (<see cref="KubernetesObjectGen"/>), the
/// same with a hostile line put in, and Kubernetes-shaped YAML lines built from the keys and values
/// the rules read (so the rules run on it), with anchors, aliases, merge keys, tags, flow
/// collections, block scalars, directives and document markers mixed in, and some plain noise.
/// </summary>
internal static class YamlFuzzGen
{
    private static readonly string[] Kinds = ["Pod", "Deployment", "DaemonSet", "CronJob", "Job", "List", "ServiceAccount", "Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding", "Service", "Ingress", "ConfigMap", "HTTPRoute"];

    private static readonly string[] Keys =
    [
        "apiVersion", "kind", "metadata", "name", "namespace", "annotations", "labels", "spec", "template", "jobTemplate",
        "containers", "initContainers", "ephemeralContainers", "image", "command", "args", "env", "value", "valueFrom",
        "securityContext", "privileged", "runAsUser", "runAsGroup", "runAsNonRoot", "allowPrivilegeEscalation", "capabilities",
        "add", "drop", "seccompProfile", "type", "hostNetwork", "hostPID", "hostIPC", "hostUsers", "volumes", "hostPath", "path",
        "serviceAccountName", "automountServiceAccountToken", "rules", "verbs", "resources", "apiGroups", "resourceNames",
        "subjects", "roleRef", "items", "ports", "hostPort", "containerPort", "selector", "matchLabels", "data", "backend",
        "service", "aggregationRule", "clusterRoleSelectors", "ignore.kubelint.io/KL3001", "<<", "? complex", "\"quoted key\"",
    ];

    private static readonly string[] Values =
    [
        "true", "false", "yes", "No", "ON", "~", "null", "", "0", "-1", "0x1F", "017", "0o17", "1e3", "2147483648", "v1", "apps/v1",
        "rbac.authorization.k8s.io/v1", "cluster-admin", "\"*\"", "'*'", "[\"*\"]", "[get, list, '*']", "system:anonymous",
        "system:serviceaccounts", "kubernetesui/dashboard:v2.7.0", "--enable-skip-login", "[kube-apiserver, --anonymous-auth=true]",
        "/var/run/docker.sock", "/", "NET_ADMIN", "[ALL]", "Unconfined", "&anchor {privileged: true}", "*anchor", "*missing",
        "!!str 5", "!custom x", "{}", "[]", "{a: [b, {c: d}]}", "|", "|-\n  block\n  text", ">\n  folded", "\"esc\\u00e9\\n\"",
        "'it''s'", "é漢字🙂", "\t", "a: b: c", "- x", "{{ .Values.x }}", "\"unterminated", "[1, 2", "@reserved", "`tick",
    ];

    private static readonly string[] Markers = ["---", "...", "%YAML 1.1", "%TAG ! tag:x,2000:", "# comment", "--- !!map", "---\n...", "\ufeff"];

    private static readonly Gen<string> Line =
        Gen.Frequency(
            (12, Gen.Select(Gen.Int[0, 10], Gen.Bool, Gen.OneOf(Keys), Gen.OneOf(Values), Gen.Bool, (indent, dash, key, value, nested) =>
                new string(' ', indent) + (dash ? "- " : string.Empty) + key + ":" + (nested ? string.Empty : " " + value))),
            (3, Gen.Select(Gen.Int[0, 10], Gen.OneOf(Values), (indent, value) => new string(' ', indent) + "- " + value)),
            (2, Gen.OneOf(Markers)),
            (1, Gen.Char.Array[0, 12].Select(chars => new string(chars))));

    private static readonly Gen<string> Header =
        Gen.Select(Gen.OneOf(Kinds), Gen.Int[0, 3], (kind, api) =>
            $"apiVersion: {new[] { "v1", "apps/v1", "batch/v1", "rbac.authorization.k8s.io/v1" }[api]}\nkind: {kind}\nmetadata:\n  name: fuzz\n  namespace: ns\nspec:\n");

    /// <summary>Well-formed objects with one hostile line put in somewhere.</summary>
    private static readonly Gen<string> Damaged =
        Gen.Select(KubernetesObjectGen.Manifests, Line, Gen.Int[0, int.MaxValue], (text, line, at) =>
        {
            var lines = text.Split('\n').ToList();
            lines.Insert(at % lines.Count, line);
            return string.Join('\n', lines);
        });

    /// <summary>A text of one to a few documents.</summary>
    public static readonly Gen<string> Manifest =
        Gen.Frequency(
            (8, KubernetesObjectGen.Manifests),
            (3, Damaged),
            (4, Gen.Select(Header, Line.Array[0, 60], (header, lines) => header + string.Join('\n', lines))),
            (2, Line.Array[0, 80].Select(lines => string.Join('\n', lines))),
            (1, Gen.String));
}
