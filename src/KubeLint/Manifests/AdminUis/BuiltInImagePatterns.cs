using System.Text.RegularExpressions;

namespace KubeLint.Manifests.AdminUis;

/// <summary>
/// The image patterns of the built-in catalogue (<see cref="AdminUiCatalog"/>), compiled by the
/// regular-expression source generator: building them at run time cost 5–6 ms of every run that
/// met a container. Written without nested or overlapping quantifiers.
/// </summary>
internal static partial class BuiltInImagePatterns
{
    /// <summary>At the start of the repository or after a registry or organisation.</summary>
    private const string Registry = "(^|/)";

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;
    public const string KubernetesDashboard = Registry + "kubernetes-dashboard(-(amd64|arm|arm64|ppc64le|s390x))?(-head)?$";
    public const string KubernetesUiDashboard = Registry + "(kubernetesui|kubernetesdashboarddev)/dashboard(-(web|api|auth))?$";
    public const string Headlamp = Registry + "headlamp-k8s/headlamp$";
    public const string ArgoCd = Registry + "argoproj/argocd$";
    public const string ArgoCli = Registry + "argoproj/argocli$";
    public const string Grafana = Registry + "grafana/grafana(-oss|-enterprise)?$";
    public const string BitnamiGrafana = Registry + "bitnami/grafana$";
    public const string PromPrometheus = Registry + "prom/prometheus$";
    public const string Prometheus = Registry + "prometheus/prometheus$";
    public const string BitnamiPrometheus = Registry + "bitnami/prometheus$";
    public const string PromAlertmanager = Registry + "prom/alertmanager$";
    public const string Alertmanager = Registry + "prometheus/alertmanager$";
    public const string BitnamiAlertmanager = Registry + "bitnami/alertmanager$";
    public const string WeaveScope = Registry + "weaveworks/scope$";
    public const string Traefik = Registry + "traefik$";
    public const string JupyterNotebook = Registry + "jupyter/[a-z0-9-]*notebook$";
    public const string BitnamiJupyterNotebook = Registry + "bitnami/jupyter-base-notebook$";
    public const string CentralDashboard = Registry + "centraldashboard$";
    public const string CentralDashboardDashed = Registry + "central-dashboard$";
    public const string Tiller = Registry + "tiller$";

    /// <summary>Each pattern, as the catalogue writes it, and its compiled form.</summary>
    public static IReadOnlyDictionary<string, Func<Regex>> All { get; } = new Dictionary<string, Func<Regex>>(StringComparer.Ordinal)
    {
        [KubernetesDashboard] = KubernetesDashboardRegex,
        [KubernetesUiDashboard] = KubernetesUiDashboardRegex,
        [Headlamp] = HeadlampRegex,
        [ArgoCd] = ArgoCdRegex,
        [ArgoCli] = ArgoCliRegex,
        [Grafana] = GrafanaRegex,
        [BitnamiGrafana] = BitnamiGrafanaRegex,
        [PromPrometheus] = PromPrometheusRegex,
        [Prometheus] = PrometheusRegex,
        [BitnamiPrometheus] = BitnamiPrometheusRegex,
        [PromAlertmanager] = PromAlertmanagerRegex,
        [Alertmanager] = AlertmanagerRegex,
        [BitnamiAlertmanager] = BitnamiAlertmanagerRegex,
        [WeaveScope] = WeaveScopeRegex,
        [Traefik] = TraefikRegex,
        [JupyterNotebook] = JupyterNotebookRegex,
        [BitnamiJupyterNotebook] = BitnamiJupyterNotebookRegex,
        [CentralDashboard] = CentralDashboardRegex,
        [CentralDashboardDashed] = CentralDashboardDashedRegex,
        [Tiller] = TillerRegex,
    };

    [GeneratedRegex(KubernetesDashboard, Options)]
    private static partial Regex KubernetesDashboardRegex();

    [GeneratedRegex(KubernetesUiDashboard, Options)]
    private static partial Regex KubernetesUiDashboardRegex();

    [GeneratedRegex(Headlamp, Options)]
    private static partial Regex HeadlampRegex();

    [GeneratedRegex(ArgoCd, Options)]
    private static partial Regex ArgoCdRegex();

    [GeneratedRegex(ArgoCli, Options)]
    private static partial Regex ArgoCliRegex();

    [GeneratedRegex(Grafana, Options)]
    private static partial Regex GrafanaRegex();

    [GeneratedRegex(BitnamiGrafana, Options)]
    private static partial Regex BitnamiGrafanaRegex();

    [GeneratedRegex(PromPrometheus, Options)]
    private static partial Regex PromPrometheusRegex();

    [GeneratedRegex(Prometheus, Options)]
    private static partial Regex PrometheusRegex();

    [GeneratedRegex(BitnamiPrometheus, Options)]
    private static partial Regex BitnamiPrometheusRegex();

    [GeneratedRegex(PromAlertmanager, Options)]
    private static partial Regex PromAlertmanagerRegex();

    [GeneratedRegex(Alertmanager, Options)]
    private static partial Regex AlertmanagerRegex();

    [GeneratedRegex(BitnamiAlertmanager, Options)]
    private static partial Regex BitnamiAlertmanagerRegex();

    [GeneratedRegex(WeaveScope, Options)]
    private static partial Regex WeaveScopeRegex();

    [GeneratedRegex(Traefik, Options)]
    private static partial Regex TraefikRegex();

    [GeneratedRegex(JupyterNotebook, Options)]
    private static partial Regex JupyterNotebookRegex();

    [GeneratedRegex(BitnamiJupyterNotebook, Options)]
    private static partial Regex BitnamiJupyterNotebookRegex();

    [GeneratedRegex(CentralDashboard, Options)]
    private static partial Regex CentralDashboardRegex();

    [GeneratedRegex(CentralDashboardDashed, Options)]
    private static partial Regex CentralDashboardDashedRegex();

    [GeneratedRegex(Tiller, Options)]
    private static partial Regex TillerRegex();
}
