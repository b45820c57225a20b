namespace KubeLint.Tests.Rendering.Locations;

/// <summary>
/// A real chart of ../shared/charts rendered one way: its folder (relative to ../shared/charts), the
/// release and namespace of SOURCES.md's render command, and the values it is rendered with.
/// </summary>
internal sealed record ChartRender(string Chart, string Folder, string Release, string Namespace, string? ValuesFile, IReadOnlyList<string> Set)
{
    public string Label => ValuesFile is null ? Set.Count == 0 ? "default values" : $"--set {string.Join(',', Set)}" : Path.GetFileName(ValuesFile);
}

/// <summary>The charts the location oracle runs on, each with default values and every <c>ci/*.yaml</c> values file it has.</summary>
internal static class ChartCases
{
    private static readonly (string Chart, string Folder, string Release, string Namespace, string[] Set)[] Charts =
    [
        ("ingress-nginx", "ingress-nginx/charts/ingress-nginx", "ingress-nginx", "default", []),
        ("cert-manager", "cert-manager/deploy/charts/cert-manager", "cert-manager", "default", []),
        ("grafana", "grafana-charts/charts/grafana", "grafana", "default", []),
        ("prometheus-node-exporter", "prometheus-community-charts/charts/prometheus-node-exporter", "prometheus-node-exporter", "default", []),
        ("kube-state-metrics", "prometheus-community-charts/charts/kube-state-metrics", "kube-state-metrics", "default", []),
        ("tigera-operator", "calico/charts/tigera-operator", "calico", "tigera-operator", []),
        ("bitnami-nginx", "bitnami-charts/bitnami/nginx", "nginx", "default", []),
        ("bitnami-redis", "bitnami-charts/bitnami/redis", "redis", "default", []),
        ("kubernetes-dashboard", "kubernetes-dashboard/charts/kubernetes-dashboard", "kubernetes-dashboard", "default", []),
        ("argo-cd-redis-ha", "argo-cd/manifests/ha/base/redis-ha/chart", "argocd", "argocd", []),
    ];

    /// <summary>
    /// Renders beyond the chart's own values files: every subchart of the dashboard, so that the aliased
    /// one (<c>nginx</c> from <c>charts/ingress-nginx</c>) renders; bitnami's charts with their security
    /// contexts off, so that their <c>common.*</c> helpers write nodes with findings (by default they have none).
    /// </summary>
    private static readonly Dictionary<string, string[]> ExtraSettings = new(StringComparer.Ordinal)
    {
        ["kubernetes-dashboard"] = ["nginx.enabled=true,cert-manager.enabled=true,metrics-server.enabled=true,kong.postgresql.enabled=true"],
        ["bitnami-nginx"] = ["containerSecurityContext.enabled=false,podSecurityContext.enabled=false,metrics.enabled=true"],
        ["bitnami-redis"] = ["master.containerSecurityContext.enabled=false,master.podSecurityContext.enabled=false,replica.containerSecurityContext.enabled=false,replica.podSecurityContext.enabled=false,sentinel.enabled=true,metrics.enabled=true"],
    };

    public static IEnumerable<string> Names => Charts.Select(c => c.Chart);

    public static IReadOnlyList<ChartRender> RendersOf(string chart, string sharedCharts)
    {
        var (name, folder, release, ns, set) = Charts.Single(c => c.Chart == chart);
        var renders = new List<ChartRender> { new(name, folder, release, ns, null, set) };
        var ci = Path.Combine(sharedCharts, folder, "ci");
        if (Directory.Exists(ci))
        {
            renders.AddRange(Directory.EnumerateFiles(ci, "*.yaml").Order(StringComparer.Ordinal).Select(values => new ChartRender(name, folder, release, ns, values, set)));
        }

        if (ExtraSettings.TryGetValue(name, out var extra))
        {
            renders.Add(new ChartRender(name, folder, release, ns, null, extra));
        }

        return renders;
    }
}
