using KubeLint.Manifests.AdminUis;
using KubeLint.Manifests.ControlPlane;
using KubeLint.Manifests.Network;
using KubeLint.Manifests.Programs;
using KubeLint.Manifests.Rbac;
using KubeLint.Manifests.Suppressions;
using KubeLint.Manifests.Workloads;
using KubeLint.Yaml;

namespace KubeLint.Manifests.Index;

/// <summary>Reads, from one object's tree, the facts that cross-object rules need later.</summary>
internal static class FactExtractor
{
    private const int MaxEnvironmentValue = 4096;

    public static void Extract(
        K8sObject obj,
        PodSpecView? pod,
        SuppressionSet suppressions,
        FileFacts facts,
        IReadOnlyList<AdminUiEntry> adminUis,
        Func<ContainerView, ContainerCommandLine> commandLineOf)
    {
        if (pod is not null)
        {
            var (etcdClientCas, apiServerClientCas) = ReadClientCas(obj, pod, commandLineOf);
            var workload = ReadWorkload(obj, pod, suppressions) with
            {
                IsControlPlaneStaticPod = StaticPods.IsControlPlane(obj, pod, commandLineOf),
                EtcdClientCas = etcdClientCas,
                ApiServerClientCas = apiServerClientCas,
            };
            facts.Add(workload);
            foreach (var adminUi in AdminUiDetector.Detect(obj, pod, workload, adminUis, commandLineOf))
            {
                facts.Add(adminUi);
            }

            return;
        }

        switch (obj.ApiGroup, obj.Kind)
        {
            case ("kubelet.config.k8s.io", "KubeletConfiguration"):
                if (obj.Root.GetString("staticPodPath") is { Length: > 0 } staticPodPath)
                {
                    facts.AddStaticPodPath(staticPodPath);
                }

                break;
            case ("", "Service"):
                var service = ReadService(obj, suppressions);
                facts.Add(service);
                facts.Add(new PodSelectorFacts(service.Object, service.Namespace, service.Selector.Count > 0 ? LabelSelector.FromMap(service.Selector) : null));
                break;
            case ("policy", "PodDisruptionBudget"):
                facts.Add(ReadDisruptionBudget(obj, suppressions));
                break;
            case ("networking.k8s.io", "NetworkPolicy"):
                var podSelector = obj.Root.GetMapping("spec")?.GetMapping("podSelector");
                facts.Add(new PodSelectorFacts(ObjectFacts.Of(obj, suppressions), obj.Namespace ?? string.Empty, podSelector is null ? LabelSelector.Everything : LabelSelector.FromSelector(podSelector, obj.Strings)));
                break;
            case ("networking.k8s.io" or "extensions", "Ingress"):
                facts.Add(ReadIngress(obj, suppressions));
                break;
            case ("gateway.networking.k8s.io", "HTTPRoute" or "GRPCRoute"):
                facts.Add(ReadGatewayRoute(obj, suppressions));
                break;
            case ("", "ConfigMap"):
                facts.Add(ReadConfigMap(obj, suppressions, adminUis));
                break;
            case ("", "ServiceAccount"):
                facts.Add(ReadServiceAccount(obj, suppressions));
                break;
            case ("rbac.authorization.k8s.io", "Role" or "ClusterRole"):
                facts.Add(ReadRole(obj, suppressions));
                break;
            case ("rbac.authorization.k8s.io", "RoleBinding" or "ClusterRoleBinding"):
                facts.Add(ReadBinding(obj, suppressions));
                break;
        }
    }

    /// <summary>A budget without a selector selects no pod; an empty one selects every pod of its namespace in policy/v1 and none in v1beta1.</summary>
    private static PodSelectorFacts ReadDisruptionBudget(K8sObject obj, SuppressionSet suppressions)
    {
        var selector = obj.Root.GetMapping("spec")?.GetMapping("selector") is { } written ? LabelSelector.FromSelector(written, obj.Strings) : null;
        if (selector is { IsEmpty: true } && obj.ApiVersion != "policy/v1")
        {
            selector = null;
        }

        return new PodSelectorFacts(ObjectFacts.Of(obj, suppressions), obj.Namespace ?? string.Empty, selector);
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
            obj.Strings.Get(accountNode?.Value ?? "default"),
            accountField,
            ReadBoolean(obj, spec, "automountServiceAccountToken"),
            ReadProjectedTokens(obj, spec),
            StringMap.Kept(pod.TemplateLabels, obj.Strings),
            Locate(obj, pod.Anchor, "spec"))
        {
            HostNetwork = ReadBoolean(obj, spec, "hostNetwork") is { Value: true } hostNetwork ? hostNetwork : null,
            HostPorts = ReadHostPorts(obj, pod),
            ObjectLabels = StringMap.Kept(obj.Labels, obj.Strings),
        };
    }

    /// <summary>
    /// The CA files the pod's etcd servers trust for client certificates (with client certificates
    /// required, and not configured by a file) and those its kube-apiservers use as <c>--client-ca-file</c>;
    /// empty, without allocating, for the pods that run neither.
    /// </summary>
    private static (IReadOnlyList<Located<string>> Etcd, IReadOnlyList<string> ApiServer) ReadClientCas(
        K8sObject obj, PodSpecView pod, Func<ContainerView, ContainerCommandLine> commandLineOf)
    {
        List<Located<string>>? etcd = null;
        foreach (var server in EtcdServer.In(pod, commandLineOf))
        {
            if (server.Setting("client-cert-auth") is { IsTrue: true } && server.Setting("trusted-ca-file") is { Value: { Length: > 0 } trusted } setting)
            {
                (etcd ??= []).Add(Locate(obj, setting.Node, trusted));
            }
        }

        List<string>? apiServer = null;
        foreach (var server in ControlPlaneContainer.Running(pod, commandLineOf, "kube-apiserver"))
        {
            if (server.CommandLine["client-ca-file"]?.Value is { } ca)
            {
                (apiServer ??= []).Add(ca);
            }
        }

        return (etcd ?? [], apiServer ?? []);
    }

    private static List<Located<string>> ReadHostPorts(K8sObject obj, PodSpecView pod)
    {
        var ports = new List<Located<string>>();
        foreach (var container in pod.Containers)
        {
            foreach (var port in container.Node["ports"].AsItems().OfType<YamlMapping>())
            {
                if (port["hostPort"] is { } node && node.AsInt64() is { } number && number != 0)
                {
                    ports.Add(Locate(obj, node, container.Name));
                }
            }
        }

        return ports;
    }

    private static ServiceFacts ReadService(K8sObject obj, SuppressionSet suppressions)
    {
        var spec = obj.Root.GetMapping("spec");
        var type = obj.Strings.Get(spec?.GetString("type") ?? "ClusterIP");
        Located<string>? externalReach = null;
        if (type is "LoadBalancer" or "NodePort" && spec?["type"] is { } typeNode)
        {
            externalReach = Locate(obj, typeNode, $"type {type}");
        }
        else if (spec?["externalIPs"] is YamlSequence { Count: > 0 } externalIps)
        {
            externalReach = Locate(obj, externalIps, "externalIPs");
        }

        var targetPorts = spec?["ports"].AsItems().OfType<YamlMapping>()
            .Select(p => obj.Strings.Get(p.GetString("targetPort") ?? p.GetString("port") ?? string.Empty))
            .ToArray() ?? [];
        var selector = StringMap.Kept(StringMap.Of(spec?.GetMapping("selector")), obj.Strings);
        return new ServiceFacts(ObjectFacts.Of(obj, suppressions), obj.Namespace ?? string.Empty, obj.Name, type, selector, externalReach, targetPorts);
    }

    private static RouteFacts ReadIngress(K8sObject obj, SuppressionSet suppressions)
    {
        var ns = obj.Namespace ?? string.Empty;
        var backends = new List<Located<(string, string)>>();
        void AddBackend(YamlMapping? backend)
        {
            var name = backend?.GetMapping("service")?["name"] ?? backend?["serviceName"];
            if (name.AsString() is { } service)
            {
                backends.Add(Locate(obj, name!, (ns, obj.Strings.Get(service))));
            }
        }

        var spec = obj.Root.GetMapping("spec");
        AddBackend(spec?.GetMapping("defaultBackend") ?? spec?.GetMapping("backend"));
        foreach (var rule in spec?["rules"].AsItems().OfType<YamlMapping>() ?? [])
        {
            foreach (var path in rule.GetMapping("http")?["paths"].AsItems().OfType<YamlMapping>() ?? [])
            {
                AddBackend(path.GetMapping("backend"));
            }
        }

        return new RouteFacts(ObjectFacts.Of(obj, suppressions), backends, IngressAuth.GuardOf(obj.Annotations));
    }

    private static RouteFacts ReadGatewayRoute(K8sObject obj, SuppressionSet suppressions)
    {
        var backends = new List<Located<(string, string)>>();
        foreach (var rule in obj.Root.GetMapping("spec")?["rules"].AsItems().OfType<YamlMapping>() ?? [])
        {
            foreach (var reference in rule["backendRefs"].AsItems().OfType<YamlMapping>())
            {
                if ((reference.GetString("kind") ?? "Service") == "Service" && reference["name"] is YamlScalar { IsNull: false } name)
                {
                    var ns = obj.Strings.Get(reference.GetString("namespace") ?? obj.Namespace ?? string.Empty);
                    backends.Add(Locate(obj, name, (ns, obj.Strings.Get(name.Value))));
                }
            }
        }

        return new RouteFacts(ObjectFacts.Of(obj, suppressions), backends, null);
    }

    private static ConfigMapFacts ReadConfigMap(K8sObject obj, SuppressionSet suppressions, IReadOnlyList<AdminUiEntry> adminUis)
    {
        var checks = adminUis.SelectMany(ui => ui.AuthOff).Where(c => c.Source is SettingSource.Env or SettingSource.ConfigMapKey).Distinct().ToArray();
        var matches = new Dictionary<string, Located<IReadOnlyList<AuthOffCheck>>>(StringComparer.Ordinal);
        foreach (var entry in obj.Root.GetMapping("data")?.Entries ?? [])
        {
            if (entry.KeyText is not { } key || entry.Value is not YamlScalar value)
            {
                continue;
            }

            // An environment variable's value is short; a long value (a dashboard, a script) is only read by a check that names its key.
            var met = checks.Where(c => (c.Source == SettingSource.Env ? value.Value.Length <= MaxEnvironmentValue : c.Name == key) && c.Matches(value.Value)).ToArray();
            if (met.Length > 0)
            {
                matches[key] = Locate<IReadOnlyList<AuthOffCheck>>(obj, value, met);
            }
        }

        return new ConfigMapFacts(ObjectFacts.Of(obj, suppressions), obj.Namespace ?? string.Empty, obj.Name, matches);
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
            .Select(rule => PolicyRule.Read(rule, obj.Source.File, obj.Strings))
            .ToArray() ?? [];
        var selectors = obj.Root.GetMapping("aggregationRule")?.GetSequence("clusterRoleSelectors")?.Items
            .OfType<YamlMapping>()
            .Select(selector => LabelSelector.FromSelector(selector, obj.Strings))
            .ToArray() ?? [];
        return new RoleFacts(ObjectFacts.Of(obj, suppressions), obj.Kind == "ClusterRole", obj.Name, StringMap.Kept(obj.Labels, obj.Strings), rules, selectors);
    }

    private static BindingFacts ReadBinding(K8sObject obj, SuppressionSet suppressions)
    {
        var isCluster = obj.Kind == "ClusterRoleBinding";
        var roleRef = obj.Root.GetMapping("roleRef");
        var roleNameNode = (YamlNode?)roleRef?.GetScalar("name") ?? roleRef ?? obj.AnchorNode;
        var subjects = new List<SubjectFacts>();
        foreach (var subject in obj.Root.GetSequence("subjects")?.Items.OfType<YamlMapping>() ?? [])
        {
            var kind = obj.Strings.Get(subject.GetString("kind") ?? string.Empty);
            var subjectNamespace = obj.Strings.GetOrNull(subject.GetString("namespace"));
            if (kind == "ServiceAccount" && subjectNamespace is null && !isCluster)
            {
                subjectNamespace = obj.Namespace;
            }

            var anchor = (YamlNode?)subject.GetScalar("name") ?? subject;
            subjects.Add(new SubjectFacts(kind, obj.Strings.Get(subject.GetString("name") ?? string.Empty), subjectNamespace, obj.SpanOf(anchor), obj.Strings.Get(anchor.Path)));
        }

        return new BindingFacts(
            ObjectFacts.Of(obj, suppressions),
            isCluster,
            obj.Name,
            obj.Strings.Get(roleRef?.GetString("kind") ?? string.Empty),
            obj.Strings.Get(roleRef?.GetString("name") ?? string.Empty),
            obj.SpanOf(roleNameNode),
            obj.Strings.Get(roleNameNode.Path),
            subjects);
    }

    private static Located<bool>? ReadBoolean(K8sObject obj, YamlMapping mapping, string key) =>
        mapping.GetScalar(key) is { } node && node.TryGetBoolean(out var value) ? Locate(obj, node, value) : null;

    private static Located<T> Locate<T>(K8sObject obj, YamlNode node, T value) => new(value, obj.SpanOf(node), obj.Strings.Get(node.Path));
}
