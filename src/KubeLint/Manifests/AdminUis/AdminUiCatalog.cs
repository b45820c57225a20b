namespace KubeLint.Manifests.AdminUis;

/// <summary>The admin UIs KubeLint knows out of the box. Configuration can add entries.</summary>
public static class AdminUiCatalog
{
    /// <summary>The built-in entries.</summary>
    public static IReadOnlyList<AdminUiEntry> BuiltIn { get; } =
    [
        new()
        {
            Id = "kubernetes-dashboard",
            ServiceNames = ["kubernetes-dashboard", "kubernetes-dashboard-web", "kubernetes-dashboard-kong-proxy"],
            Name = "Kubernetes Dashboard",
            IsKubernetesDashboard = true,
            Images =
            [
                BuiltInImagePatterns.KubernetesDashboard,
                BuiltInImagePatterns.KubernetesUiDashboard,
            ],
        },
        new()
        {
            Id = "headlamp",
            ServiceNames = ["headlamp"],
            Name = "Headlamp",
            Images = [BuiltInImagePatterns.Headlamp],
        },
        new()
        {
            Id = "argocd-server",
            ServiceNames = ["argocd-server"],
            Name = "Argo CD",
            Images = [BuiltInImagePatterns.ArgoCd],
            RequiredArgument = "argocd-server",
            AuthOff =
            [
                new(SettingSource.Flag, "disable-auth", ValueCondition.IsTrue, null, "authentication is disabled (--disable-auth)"),
                new(SettingSource.Env, "ARGOCD_SERVER_DISABLE_AUTH", ValueCondition.IsTrue, null, "authentication is disabled (server.disable.auth)"),
            ],
        },
        new()
        {
            Id = "argo-workflows-server",
            ServiceNames = ["argo-server", "argo-workflows-server"],
            Name = "Argo Workflows",
            Images = [BuiltInImagePatterns.ArgoCli],
            RequiredArgument = "server",
            AuthOff =
            [
                new(SettingSource.Flag, "auth-mode", ValueCondition.Contains, "server", "--auth-mode=server lets every visitor act with the server's own ServiceAccount"),
            ],
        },
        new()
        {
            Id = "grafana",
            ServiceNames = ["grafana"],
            Name = "Grafana",
            Images = [BuiltInImagePatterns.Grafana, BuiltInImagePatterns.BitnamiGrafana],
            DetailEnv = ["GF_AUTH_ANONYMOUS_ORG_ROLE"],
            AuthOff =
            [
                new(SettingSource.Env, "GF_AUTH_ANONYMOUS_ENABLED", ValueCondition.IsTrue, null, "anonymous access is on"),
                new(SettingSource.ConfigMapKey, "grafana.ini", ValueCondition.IniKeyIsTrue, "auth.anonymous.enabled", "anonymous access is on ([auth.anonymous] enabled)"),
            ],
        },
        new()
        {
            Id = "prometheus",
            ServiceNames = ["prometheus", "prometheus-server", "prometheus-k8s", "prometheus-operated"],
            Name = "Prometheus",
            Images = [BuiltInImagePatterns.PromPrometheus, BuiltInImagePatterns.Prometheus, BuiltInImagePatterns.BitnamiPrometheus],
            Authentication = UiAuthentication.None,
            AuthOff =
            [
                new(SettingSource.Flag, "web.enable-admin-api", ValueCondition.IsTrue, null, "its admin API (delete series, snapshots) is on, with no authentication"),
                new(SettingSource.Flag, "web.enable-lifecycle", ValueCondition.IsTrue, null, "its lifecycle API (shut down, reload) is on, with no authentication"),
            ],
        },
        new()
        {
            Id = "alertmanager",
            ServiceNames = ["alertmanager", "alertmanager-main", "alertmanager-operated"],
            Name = "Alertmanager",
            Images = [BuiltInImagePatterns.PromAlertmanager, BuiltInImagePatterns.Alertmanager, BuiltInImagePatterns.BitnamiAlertmanager],
            Authentication = UiAuthentication.None,
            AuthOff =
            [
                new(SettingSource.Flag, "web.enable-lifecycle", ValueCondition.IsTrue, null, "its lifecycle API is on, with no authentication"),
            ],
        },
        new()
        {
            Id = "weave-scope",
            ServiceNames = ["weave-scope-app"],
            Name = "Weave Scope",
            Images = [BuiltInImagePatterns.WeaveScope],
            Authentication = UiAuthentication.None,
            AlwaysUnauthenticated = true,
        },
        new()
        {
            Id = "traefik",
            ServiceNames = ["traefik", "traefik-dashboard"],
            Name = "Traefik dashboard",
            Images = [BuiltInImagePatterns.Traefik],
            UiPorts = ["8080", "9000", "traefik", "dashboard", "admin"],
            AuthOff =
            [
                new(SettingSource.Flag, "api.insecure", ValueCondition.IsTrue, null, "the API and dashboard are served without authentication (--api.insecure)"),
            ],
        },
        new()
        {
            Id = "jupyter",
            Name = "Jupyter",
            Images = [BuiltInImagePatterns.JupyterNotebook, BuiltInImagePatterns.BitnamiJupyterNotebook],
            AuthOff =
            [
                new(SettingSource.Flag, "NotebookApp.token", ValueCondition.IsEmpty, null, "the login token is empty"),
                new(SettingSource.Flag, "ServerApp.token", ValueCondition.IsEmpty, null, "the login token is empty"),
                new(SettingSource.Flag, "IdentityProvider.token", ValueCondition.IsEmpty, null, "the login token is empty"),
                new(SettingSource.Env, "JUPYTER_TOKEN", ValueCondition.IsEmpty, null, "the login token is empty"),
            ],
        },
        new()
        {
            Id = "kubeflow-dashboard",
            ServiceNames = ["centraldashboard"],
            Name = "Kubeflow Central Dashboard",
            Images = [BuiltInImagePatterns.CentralDashboard, BuiltInImagePatterns.CentralDashboardDashed],
            Authentication = UiAuthentication.External,
        },
        new()
        {
            Id = "tiller",
            ServiceNames = ["tiller-deploy"],
            Name = "Helm v2 Tiller",
            Images = [BuiltInImagePatterns.Tiller],
            Authentication = UiAuthentication.None,
            AlwaysUnauthenticated = true,
        },
    ];
}
