using System.Collections.Immutable;
using CsCheck;

namespace KubeLint.Tests.Fuzzing;

/// <summary>
/// Generates well-formed Kubernetes objects of every kind the rules read, with the fields they
/// read and values chosen to reach their branches (admin UIs, control-plane flags, RBAC wildcards,
/// shared labels and ServiceAccounts so cross-object rules join), and with an occasional field of
/// the wrong type. Deep semantics get exercised, not only the parser.
/// </summary>
internal static class KubernetesObjectGen
{
    private static Gen<FuzzYaml> Scalar(params string[] values) => Gen.OneOf(values).Select(v => (FuzzYaml)new FuzzScalar(v));

    private static readonly Gen<FuzzYaml> Boolean = Scalar("true", "false", "yes", "off", "\"true\"", "True", "~");
    private static readonly Gen<FuzzYaml> Number = Scalar("0", "1", "1000", "65534", "-1", "0x0", "00", "\"0\"", "2147483648", "1.5");
    private static readonly Gen<FuzzYaml> Names = Scalar("app", "default", "web", "dashboard", "kube-apiserver", "admin", "\"*\"");
    private static readonly Gen<FuzzYaml> Namespaces = Scalar("ns", "kube-system", "default", "\"\"");

    private static readonly Gen<FuzzYaml> WrongType = Gen.Frequency(
        (3, Scalar("~", "[]", "{}", "\"\"", "x", "0", "[a, b]", "{a: b}")),
        (1, Gen.Const((FuzzYaml)new FuzzSequence([new FuzzMapping([("a", new FuzzScalar("b"))])]))));

    /// <summary>The field's value, or now and then a value of the wrong type.</summary>
    private static Gen<FuzzYaml> Mostly(Gen<FuzzYaml> value) => Gen.Frequency((40, value), (1, WrongType));

    private static Gen<FuzzYaml> List(Gen<FuzzYaml> item, int min, int max) =>
        Gen.Select(item.Array[min, max], Gen.Int[0, 9], (items, flow) => (FuzzYaml)new FuzzSequence(items, Flow: flow == 0));

    private static Gen<(string, FuzzYaml)?> Field(string key, Gen<FuzzYaml> value, int percent = 50) =>
        Gen.Select(Gen.Int[0, 99], Mostly(value), (roll, v) => roll < percent ? (key, v) : ((string, FuzzYaml)?)null);

    private static Gen<FuzzYaml> Map(params Gen<(string, FuzzYaml)?>[] fields) =>
        fields.Aggregate(
            Gen.Const(ImmutableList<(string, FuzzYaml)>.Empty),
            (entries, field) => entries.Select(field, (list, entry) => entry is { } e ? list.Add(e) : list))
        .Select(Gen.Int[0, 19], (entries, flow) => (FuzzYaml)new FuzzMapping(entries, Flow: flow == 0 && entries.Count < 4));

    private static readonly Gen<FuzzYaml> Labels = Map(Field("app", Names, 80), Field("tier", Scalar("ui", "api"), 30));

    private static readonly Gen<FuzzYaml> Annotations = Map(
        Field("ignore.kubelint.io/KL3001", Scalar("\"accepted\"", "\"\""), 10),
        Field("ignore.kubelint.io/privileged.app", Scalar("\"sidecar\""), 5),
        Field("container.apparmor.security.beta.kubernetes.io/app", Scalar("unconfined", "runtime/default"), 15),
        Field("nginx.ingress.kubernetes.io/auth-url", Scalar("https://auth"), 20),
        Field("kubernetes.io/ingress.class", Scalar("nginx"), 10));

    private static Gen<FuzzYaml> Metadata(bool namespaced) => Map(
        Field("name", Names, 95),
        Field("namespace", Namespaces, namespaced ? 60 : 5),
        Field("labels", Labels, 70),
        Field("annotations", Annotations, 30));

    private static readonly Gen<FuzzYaml> Argument = Scalar(
        "kube-apiserver", "/usr/local/bin/kube-apiserver", "/go-runner", "--log-file=/var/log/x.log", "--", "sh", "-c",
        "\"kube-apiserver --anonymous-auth=true --authorization-mode=AlwaysAllow\"", "--anonymous-auth=true", "--anonymous-auth",
        "--authorization-mode=AlwaysAllow", "--authorization-mode=Node,RBAC", "--insecure-port=8080", "--insecure-bind-address=0.0.0.0",
        "--token-auth-file=/etc/tokens.csv", "--basic-auth-file=/etc/basic", "--enable-admission-plugins=AlwaysAdmit",
        "--disable-admission-plugins=NodeRestriction", "--profiling=true", "--audit-log-path=-", "--client-ca-file=/pki/ca.crt",
        "--tls-cert-file=/pki/tls.crt", "--authentication-config=/etc/auth.yaml", "--enable-skip-login", "--disable-settings-authorizer",
        "--auto-generate-certificates", "--auth-mode=server", "server", "argocd-server", "--disable-auth", "--insecure",
        "--web.enable-admin-api", "--web.enable-lifecycle", "--api.insecure=true", "--api.dashboard=true", "--NotebookApp.token=''",
        "--ServerApp.token=", "--kubelet-https=false", "--read-only-port=10255", "--enable-skip-login=false", "=", "--", "-",
        "--client-cert-auth", "--auto-tls=true", "--listen-client-urls=http://0.0.0.0:2379,://", "--listen-peer-urls=[::]:2380",
        "--tls-cipher-suites=TLS_RSA_WITH_RC4_128_SHA,,", "--tls-min-version", "--feature-gates=RotateKubeletServerCertificate",
        "--feature-gates==false,a=b=c", "--terminated-pod-gc-threshold", "-1", "--bind-address=[", "--secure-port=x", "--config");

    private static readonly Gen<FuzzYaml> Image = Scalar(
        "nginx", "nginx:1.27", "registry.k8s.io/kube-apiserver:v1.30.0", "k8s.gcr.io/kube-apiserver-amd64:v1.9.0",
        "registry.k8s.io/ingress-nginx/controller:v1.11.3@sha256:", "registry.k8s.io/ingress-nginx/controller:v1", "registry.k8s.io/git-sync/git-sync:v4",
        "kubernetesui/dashboard:v2.7.0", "k8s.gcr.io/kubernetes-dashboard-amd64:v1.10.1", "kubernetesui/dashboard-web:1.0.0",
        "ghcr.io/headlamp-k8s/headlamp:v0.25", "quay.io/argoproj/argocd:v2.11", "quay.io/argoproj/argocli:v3.5", "grafana/grafana:11.0.0",
        "prom/prometheus:v2.53", "prom/alertmanager", "weaveworks/scope:1.13", "traefik:v3.0", "jupyter/base-notebook", "gcr.io/kubernetes-helm/tiller:v2.16",
        "\"\"", "\"@sha256:abc\"", "UPPER/Case:tag");

    private static readonly Gen<FuzzYaml> Env = List(Map(
        Field("name", Scalar("GF_AUTH_ANONYMOUS_ENABLED", "GF_AUTH_ANONYMOUS_ORG_ROLE", "ARGOCD_SERVER_DISABLE_AUTH", "JUPYTER_TOKEN", "PATH"), 95),
        Field("value", Scalar("\"true\"", "true", "Admin", "\"\"", "x"), 80),
        Field("valueFrom", Map(Field("secretKeyRef", Map(Field("name", Names), Field("key", Names)), 80)), 10)), 0, 4);

    private static readonly Gen<FuzzYaml> Capabilities = Map(
        Field("add", List(Scalar("NET_ADMIN", "SYS_ADMIN", "NET_BIND_SERVICE", "ALL", "CAP_SYS_ADMIN", "chown", "\"\""), 0, 3), 50),
        Field("drop", List(Scalar("ALL", "all", "NET_RAW", "\"\""), 0, 2), 60));

    private static readonly Gen<FuzzYaml> SeccompProfile = Map(
        Field("type", Scalar("RuntimeDefault", "Localhost", "Unconfined", "runtime/default", "\"\""), 90),
        Field("localhostProfile", Scalar("profiles/audit.json"), 20));

    private static readonly Gen<FuzzYaml> SeLinuxOptions = Map(
        Field("type", Scalar("container_t", "container_init_t", "container_kvm_t", "spc_t", "unconfined_t"), 70),
        Field("user", Scalar("system_u", "root"), 20),
        Field("role", Scalar("system_r"), 20),
        Field("level", Scalar("s0:c1,c2"), 20));

    /// <summary>The fields a pod's and a container's securityContext share.</summary>
    private static readonly Gen<(string, FuzzYaml)?>[] CommonSecurityContext =
    [
        Field("runAsUser", Number, 35),
        Field("runAsGroup", Number, 20),
        Field("runAsNonRoot", Boolean, 35),
        Field("seccompProfile", SeccompProfile, 30),
        Field("seLinuxOptions", SeLinuxOptions, 12),
        Field("appArmorProfile", Map(Field("type", Scalar("RuntimeDefault", "Unconfined", "Localhost"), 90)), 12),
        Field("windowsOptions", Map(Field("hostProcess", Boolean, 80)), 6),
    ];

    private static readonly Gen<FuzzYaml> ContainerSecurityContext = Map(
    [
        .. CommonSecurityContext,
        Field("privileged", Boolean, 35),
        Field("allowPrivilegeEscalation", Boolean, 35),
        Field("readOnlyRootFilesystem", Boolean, 20),
        Field("capabilities", Capabilities, 35),
        Field("procMount", Scalar("Default", "Unmasked"), 10),
    ]);

    private static readonly Gen<FuzzYaml> Container = Map(
        Field("name", Scalar("app", "sidecar", "init", "apiserver", "\"\""), 95),
        Field("image", Image, 90),
        Field("command", List(Argument, 0, 4), 40),
        Field("args", List(Argument, 0, 6), 50),
        Field("env", Env, 30),
        Field("ports", List(Map(Field("containerPort", Number, 80), Field("hostPort", Number, 30), Field("name", Scalar("http", "web"), 30)), 0, 2), 40),
        Field("securityContext", ContainerSecurityContext, 70),
        Field("volumeMounts", List(Map(Field("name", Scalar("token", "host", "sock")), Field("mountPath", Scalar("/var/run/secrets/kubernetes.io/serviceaccount", "/host"), 80)), 0, 2), 20));

    /// <summary>A control-plane program (kube-apiserver, kube-controller-manager, kube-scheduler, etcd, kubelet) as kubeadm, kOps (<c>/go-runner</c>) or a shell wrapper starts it.</summary>
    private static readonly Gen<FuzzYaml> ControlPlaneContainer =
        Gen.Select(Gen.OneOf("kube-apiserver", "/usr/local/bin/kube-apiserver", "/go-runner", "kube-controller-manager", "kube-scheduler", "etcd", "/usr/bin/kubelet"), Argument.Array[0, 8], Gen.Int[0, 2], (binary, flags, flagsIn) =>
        {
            FuzzYaml[] command = [new FuzzScalar(binary), .. flagsIn == 0 ? flags : []];
            return (FuzzYaml)new FuzzMapping(
            [
                ("name", new FuzzScalar("kube-apiserver")),
                ("image", new FuzzScalar("registry.k8s.io/kube-apiserver:v1.30.0")),
                ("command", new FuzzSequence(command)),
                ("args", new FuzzSequence(flagsIn == 0 ? [] : flags)),
            ]);
        });

    private static readonly Gen<FuzzYaml> Volume = Map(
        Field("name", Scalar("token", "host", "sock", "cfg"), 90),
        Field("hostPath", Map(Field("path", Scalar("/", "/var/run/docker.sock", "/etc/kubernetes", "/proc", "/var/log"), 90), Field("type", Scalar("Directory", "Socket"), 20)), 30),
        Field("projected", Map(Field("sources", List(Map(Field("serviceAccountToken", Map(Field("path", Scalar("token")), Field("audience", Scalar("vault"), 30)), 70)), 0, 2), 90)), 20),
        Field("emptyDir", Scalar("{}"), 15),
        Field("secret", Map(Field("secretName", Names)), 10),
        Field("configMap", Map(Field("name", Names)), 10),
        Field("nfs", Map(Field("server", Scalar("nfs")), Field("path", Scalar("/"))), 5),
        Field("gitRepo", Map(Field("repository", Scalar("https://x"))), 5),
        Field("ephemeral", Scalar("{}"), 5));

    private static readonly Gen<FuzzYaml> PodSecurityContext = Map(
    [
        .. CommonSecurityContext,
        Field("fsGroup", Number, 15),
        Field("supplementalGroups", List(Number, 0, 2), 10),
        Field("sysctls", List(Map(Field("name", Scalar("net.ipv4.ip_local_port_range", "kernel.shm_rmid_forced", "net.core.somaxconn", "net.ipv4.ping_group_range")), Field("value", Scalar("\"1\""))), 0, 2), 15),
    ]);

    private static readonly Gen<FuzzYaml> PodSpec = Map(
        Field("containers", List(Gen.Frequency((5, Container), (1, ControlPlaneContainer)), 0, 3), 95),
        Field("initContainers", List(Container, 0, 2), 20),
        Field("ephemeralContainers", List(Container, 0, 1), 8),
        Field("serviceAccountName", Names, 50),
        Field("serviceAccount", Names, 10),
        Field("automountServiceAccountToken", Boolean, 35),
        Field("hostNetwork", Boolean, 20),
        Field("hostPID", Boolean, 15),
        Field("hostIPC", Boolean, 15),
        Field("hostUsers", Boolean, 15),
        Field("securityContext", PodSecurityContext, 50),
        Field("volumes", List(Volume, 0, 3), 40),
        Field("os", Map(Field("name", Scalar("linux", "windows"), 90)), 10),
        Field("nodeName", Scalar("node-1"), 5),
        Field("priorityClassName", Scalar("system-node-critical"), 10));

    private static readonly Gen<FuzzYaml> PodTemplate = Map(Field("metadata", Metadata(namespaced: false), 80), Field("spec", PodSpec, 95));

    private static readonly Gen<FuzzYaml> WorkloadSpec = Map(
        Field("selector", Map(Field("matchLabels", Labels, 90)), 70),
        Field("template", PodTemplate, 95),
        Field("replicas", Number, 20));

    private static readonly Gen<FuzzYaml> CronJobSpec = Map(
        Field("schedule", Scalar("\"* * * * *\""), 80),
        Field("jobTemplate", Map(Field("spec", Map(Field("template", PodTemplate, 95)), 95)), 95));

    private static readonly Gen<FuzzYaml> PolicyRule = Map(
        Field("apiGroups", List(Scalar("\"\"", "\"*\"", "apps", "rbac.authorization.k8s.io", "certificates.k8s.io"), 0, 2), 85),
        Field("resources", List(Scalar("\"*\"", "pods", "pods/exec", "secrets", "\"*/scale\"", "clusterroles", "rolebindings", "nodes/proxy", "serviceaccounts/token", "certificatesigningrequests/approval", "signers", "pods/*"), 0, 3), 85),
        Field("verbs", List(Scalar("\"*\"", "get", "list", "watch", "create", "update", "patch", "delete", "escalate", "bind", "impersonate", "approve", "sign"), 0, 4), 90),
        Field("resourceNames", List(Names, 0, 2), 15),
        Field("nonResourceURLs", List(Scalar("\"*\"", "/metrics", "/healthz"), 0, 2), 10));

    private static readonly Gen<FuzzYaml> Subject = Map(
        Field("kind", Scalar("ServiceAccount", "User", "Group", "serviceaccount"), 95),
        Field("name", Scalar("default", "app", "dashboard", "system:anonymous", "system:unauthenticated", "system:authenticated", "system:serviceaccounts", "system:serviceaccounts:ns", "system:masters"), 95),
        Field("namespace", Namespaces, 50),
        Field("apiGroup", Scalar("rbac.authorization.k8s.io", "\"\""), 40));

    private static readonly Gen<FuzzYaml> RoleRef = Map(
        Field("kind", Scalar("ClusterRole", "Role"), 95),
        Field("name", Scalar("cluster-admin", "admin", "edit", "view", "app", "web", "system:aggregate-to-admin"), 95),
        Field("apiGroup", Scalar("rbac.authorization.k8s.io"), 80));

    private static readonly Gen<FuzzYaml> AggregationRule = Map(Field("clusterRoleSelectors", List(Map(
        Field("matchLabels", Map(Field("rbac.example.com/aggregate-to-app", Scalar("\"true\""), 80)), 70),
        Field("matchExpressions", List(Map(Field("key", Scalar("app")), Field("operator", Scalar("In", "Exists", "NotIn", "DoesNotExist", "Bogus")), Field("values", List(Names, 0, 2))), 0, 2), 40)), 0, 2), 90));

    private static readonly Gen<FuzzYaml> ServicePort = Map(Field("port", Number, 90), Field("targetPort", Scalar("http", "8443", "9090"), 60), Field("nodePort", Number, 20));

    private static readonly Gen<FuzzYaml> ServiceSpec = Map(
        Field("type", Scalar("ClusterIP", "NodePort", "LoadBalancer", "ExternalName"), 70),
        Field("selector", Labels, 80),
        Field("ports", List(ServicePort, 0, 2), 80),
        Field("externalIPs", List(Scalar("1.2.3.4"), 0, 1), 10));

    private static readonly Gen<FuzzYaml> IngressBackend = Map(Field("service", Map(Field("name", Names, 90), Field("port", Map(Field("number", Number), Field("name", Scalar("http"), 30)), 80)), 90));

    private static readonly Gen<FuzzYaml> IngressSpec = Map(
        Field("defaultBackend", IngressBackend, 20),
        Field("rules", List(Map(Field("host", Scalar("example.com"), 50), Field("http", Map(Field("paths", List(Map(Field("path", Scalar("/")), Field("pathType", Scalar("Prefix")), Field("backend", IngressBackend, 90)), 0, 2), 90)), 85)), 0, 2), 85));

    private static readonly Gen<FuzzYaml> HttpRouteSpec = Map(
        Field("parentRefs", List(Map(Field("name", Scalar("gateway"))), 0, 1), 60),
        Field("rules", List(Map(Field("backendRefs", List(Map(Field("name", Names, 90), Field("port", Number, 60), Field("kind", Scalar("Service"), 20)), 0, 2), 90)), 0, 2), 90));

    private static readonly Gen<FuzzYaml> KubeletAuthentication = Map(
        Field("anonymous", Map(Field("enabled", Boolean, 90)), 70),
        Field("webhook", Map(Field("enabled", Boolean, 90)), 40),
        Field("x509", Map(Field("clientCAFile", Scalar("/pki/ca.crt"), 90)), 40));

    private static readonly Gen<FuzzYaml> ConfigMapData = Map(
        Field("grafana.ini", Scalar("\"[auth.anonymous]\\nenabled = true\\n\"", "\"[auth]\\ndisable_login_form = true\"", "\"enabled = true\""), 40),
        Field("server.disable.auth", Scalar("\"true\"", "\"false\""), 30),
        Field("config.yaml", Scalar("\"x: 1\""), 20));

    private static Gen<FuzzYaml> Object(string apiVersion, string kind, bool namespaced, params Gen<(string, FuzzYaml)?>[] body) =>
        Map([Field("apiVersion", Scalar(apiVersion), 97), Field("kind", Scalar(kind), 97), Field("metadata", Metadata(namespaced), 95), .. body]);

    private static readonly Gen<FuzzYaml> AnyObject = Gen.OneOf(
        Object("v1", "Pod", true, Field("spec", PodSpec, 95)),
        Object("apps/v1", "Deployment", true, Field("spec", WorkloadSpec, 95)),
        Object("apps/v1", "DaemonSet", true, Field("spec", WorkloadSpec, 95)),
        Object("apps/v1", "StatefulSet", true, Field("spec", WorkloadSpec, 95)),
        Object("batch/v1", "Job", true, Field("spec", Map(Field("template", PodTemplate, 95)), 95)),
        Object("batch/v1", "CronJob", true, Field("spec", CronJobSpec, 95)),
        Object("v1", "PodTemplate", true, Field("template", PodTemplate, 95)),
        Object("v1", "ServiceAccount", true, Field("automountServiceAccountToken", Boolean, 50)),
        Object("rbac.authorization.k8s.io/v1", "Role", true, Field("rules", List(PolicyRule, 0, 3), 90)),
        Object("rbac.authorization.k8s.io/v1", "ClusterRole", false, Field("rules", List(PolicyRule, 0, 3), 90), Field("aggregationRule", AggregationRule, 20)),
        Object("rbac.authorization.k8s.io/v1", "RoleBinding", true, Field("roleRef", RoleRef, 95), Field("subjects", List(Subject, 0, 3), 90)),
        Object("rbac.authorization.k8s.io/v1", "ClusterRoleBinding", false, Field("roleRef", RoleRef, 95), Field("subjects", List(Subject, 0, 3), 90)),
        Object("v1", "Service", true, Field("spec", ServiceSpec, 95)),
        Object("networking.k8s.io/v1", "Ingress", true, Field("spec", IngressSpec, 95)),
        Object("gateway.networking.k8s.io/v1", "HTTPRoute", true, Field("spec", HttpRouteSpec, 95)),
        Object("v1", "ConfigMap", true, Field("data", ConfigMapData, 90)),
        Object("kubelet.config.k8s.io/v1beta1", "KubeletConfiguration", false,
            Field("authentication", KubeletAuthentication, 70),
            Field("authorization", Map(Field("mode", Scalar("AlwaysAllow", "Webhook"), 90)), 60),
            Field("readOnlyPort", Number, 40)),
        Object("apiserver.config.k8s.io/v1beta1", "AuthenticationConfiguration", false,
            Field("anonymous", Map(Field("enabled", Boolean, 90), Field("conditions", List(Map(Field("path", Scalar("/healthz", "/"))), 0, 2), 50)), 70)));

    /// <summary>One to four objects as a multi-document file, sometimes inside a <c>kind: List</c>.</summary>
    public static readonly Gen<string> Manifests =
        Gen.Select(AnyObject.Array[1, 4], Gen.Int[0, 9], (objects, shape) => shape == 0
            ? new FuzzMapping([("apiVersion", new FuzzScalar("v1")), ("kind", new FuzzScalar("List")), ("items", new FuzzSequence(objects))]).ToText()
            : string.Join("---\n", objects.Select(o => o.ToText())));
}
