using KubeLint.Linting.Suppressions;
using KubeLint.Manifests.Rbac;
using KubeLint.Manifests.Workloads;
using KubeLint.Yaml;

namespace KubeLint.Manifests.Index;

/// <summary>Reads, from one object's tree, the facts that cross-object rules need later.</summary>
internal static class FactExtractor
{
    public static void Extract(K8sObject obj, PodSpecView? pod, SuppressionSet suppressions, FileFacts facts)
    {
        if (pod is not null)
        {
            facts.Workloads.Add(ReadWorkload(obj, pod, suppressions));
            return;
        }

        switch (obj.ApiGroup, obj.Kind)
        {
            case ("", "ServiceAccount"):
                facts.ServiceAccounts.Add(ReadServiceAccount(obj, suppressions));
                break;
            case ("rbac.authorization.k8s.io", "Role" or "ClusterRole"):
                facts.Roles.Add(ReadRole(obj, suppressions));
                break;
            case ("rbac.authorization.k8s.io", "RoleBinding" or "ClusterRoleBinding"):
                facts.Bindings.Add(ReadBinding(obj, suppressions));
                break;
        }
    }

    private static ServiceAccountFacts ReadServiceAccount(K8sObject obj, SuppressionSet suppressions) =>
        new(ObjectFacts.Of(obj, suppressions), obj.Namespace ?? string.Empty, obj.Name, ReadBoolean(obj, obj.Root, "automountServiceAccountToken"));

    private static WorkloadFacts ReadWorkload(K8sObject obj, PodSpecView pod, SuppressionSet suppressions)
    {
        var spec = pod.Spec;
        var accountNode = spec.GetScalar("serviceAccountName") is { IsNull: false, Value.Length: > 0 } named
            ? named
            : spec.GetScalar("serviceAccount") is { IsNull: false, Value.Length: > 0 } legacy ? legacy : null;
        Located<string>? accountField = accountNode is null ? null : Locate(obj, accountNode, accountNode.Value);
        return new WorkloadFacts(
            ObjectFacts.Of(obj, suppressions),
            obj.Namespace ?? string.Empty,
            accountNode?.Value ?? "default",
            accountField,
            ReadBoolean(obj, spec, "automountServiceAccountToken"),
            ReadProjectedTokens(obj, spec),
            pod.TemplateLabels,
            Locate(obj, pod.Anchor, "spec"));
    }

    private static List<Located<string>> ReadProjectedTokens(K8sObject obj, YamlMapping spec)
    {
        var tokens = new List<Located<string>>();
        foreach (var volume in spec.GetSequence("volumes")?.Items.OfType<YamlMapping>() ?? [])
        {
            var sources = volume.GetMapping("projected")?.GetSequence("sources");
            foreach (var source in sources?.Items.OfType<YamlMapping>() ?? [])
            {
                if (source.GetMapping("serviceAccountToken") is { } token)
                {
                    tokens.Add(Locate(obj, token, volume.GetString("name") ?? string.Empty));
                }
            }
        }

        return tokens;
    }

    private static RoleFacts ReadRole(K8sObject obj, SuppressionSet suppressions)
    {
        var rules = obj.Root.GetSequence("rules")?.Items.OfType<YamlMapping>()
            .Select(rule => PolicyRule.Read(rule, obj.Source.File))
            .ToArray() ?? [];
        var selectors = obj.Root.GetMapping("aggregationRule")?.GetSequence("clusterRoleSelectors")?.Items
            .OfType<YamlMapping>()
            .Select(LabelSelector.FromSelector)
            .ToArray() ?? [];
        return new RoleFacts(ObjectFacts.Of(obj, suppressions), obj.Kind == "ClusterRole", obj.Name, obj.Labels, rules, selectors);
    }

    private static BindingFacts ReadBinding(K8sObject obj, SuppressionSet suppressions)
    {
        var isCluster = obj.Kind == "ClusterRoleBinding";
        var roleRef = obj.Root.GetMapping("roleRef");
        var roleNameNode = (YamlNode?)roleRef?.GetScalar("name") ?? roleRef ?? obj.AnchorNode;
        var subjects = new List<SubjectFacts>();
        foreach (var subject in obj.Root.GetSequence("subjects")?.Items.OfType<YamlMapping>() ?? [])
        {
            var kind = subject.GetString("kind") ?? string.Empty;
            var subjectNamespace = subject.GetString("namespace");
            if (kind == "ServiceAccount" && subjectNamespace is null && !isCluster)
            {
                subjectNamespace = obj.Namespace;
            }

            var anchor = (YamlNode?)subject.GetScalar("name") ?? subject;
            subjects.Add(new SubjectFacts(kind, subject.GetString("name") ?? string.Empty, subjectNamespace, obj.SpanOf(anchor), anchor.Path));
        }

        return new BindingFacts(
            ObjectFacts.Of(obj, suppressions),
            isCluster,
            obj.Name,
            roleRef?.GetString("kind") ?? string.Empty,
            roleRef?.GetString("name") ?? string.Empty,
            obj.SpanOf(roleNameNode),
            roleNameNode.Path,
            subjects);
    }

    private static Located<bool>? ReadBoolean(K8sObject obj, YamlMapping mapping, string key) =>
        mapping.GetScalar(key) is { } node && node.TryGetBoolean(out var value) ? Locate(obj, node, value) : null;

    private static Located<T> Locate<T>(K8sObject obj, YamlNode node, T value) => new(value, obj.SpanOf(node), node.Path);
}
