using KubeLint.Manifests.AdminUis;
using KubeLint.Manifests.Network;

namespace KubeLint.Rules.Dashboard;

internal sealed class AdminUiExposedRule : CrossObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.AdminUiExposed,
        Name = "admin-ui-exposed",
        Title = "Admin UI reachable from outside the cluster",
        Category = RuleCategories.Dashboard,
        DefaultSeverity = Severity.Error,
        AppliesTo = ["Service", "Ingress", "HTTPRoute", "workloads running a known admin UI"],
        WhatItChecks = "Ways from outside the cluster to a known admin UI (Headlamp, Argo CD, Argo Workflows, Grafana, Prometheus, Alertmanager, Weave Scope, the Traefik dashboard, Jupyter, Kubeflow, Tiller, and entries added in configuration), found as for KL4004: external Services, unauthenticated Ingresses and routes, hostNetwork and hostPort. It is an error when the UI has no authentication of its own or has it turned off, and a warning when it asks for credentials. For UIs that share a pod with other traffic (Traefik), only Services forwarding to the UI's ports count. When the UI's workload is not in the run (installed by another tool, or in another repository), a Service carrying the UI's usual name (`grafana`, `argocd-server`, a release prefix allowed) that is external or reached by an unauthenticated route is a warning (for Traefik, only when the Service in the run forwards to a dashboard port).",
        WhyItMatters = "An admin UI on the internet is one weak password, leaked token or unpatched CVE away from handing over what it manages; those without authentication hand it over at once.",
        HowToFix = "Keep the UI's Service ClusterIP and reach it through an authenticating proxy, a VPN or port-forward.",
        Example = """
            apiVersion: v1
            kind: Service
            metadata:
              name: prometheus
              namespace: monitoring
            spec:
              type: LoadBalancer
              selector:
                app: prometheus
              ports:
                - port: 9090
            ---
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: prometheus
              namespace: monitoring
            spec:
              serviceName: prometheus
              selector:
                matchLabels: {app: prometheus}
              template:
                metadata:
                  labels: {app: prometheus}
                spec:
                  containers:
                    - name: prometheus
                      image: quay.io/prometheus/prometheus:v2.54.1
            """,
        FixedExample = """
            apiVersion: v1
            kind: Service
            metadata:
              name: prometheus
              namespace: monitoring
            spec:
              selector:
                app: prometheus
              ports:
                - port: 9090
            ---
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: prometheus
              namespace: monitoring
            spec:
              serviceName: prometheus
              selector:
                matchLabels: {app: prometheus}
              template:
                metadata:
                  labels: {app: prometheus}
                spec:
                  containers:
                    - name: prometheus
                      image: quay.io/prometheus/prometheus:v2.54.1
            """,
        References = ["https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types"],
    };

    public override void Check(CrossObjectContext context)
    {
        foreach (var ui in context.Index.AdminUis.Where(u => !u.Entry.IsKubernetesDashboard))
        {
            var exposures = ExposureAnalysis.Of(ui.Workload, context.Index, ui.Entry.UiPorts, ui.Container);
            if (exposures.Count == 0)
            {
                continue;
            }

            var open = AdminUiAuth.IsOpen(ui, context.Index);
            var state = ui.Entry.Authentication switch
            {
                UiAuthentication.None => "which has no authentication of its own",
                UiAuthentication.External => "which relies on authentication in front of it",
                _ when open => "with its authentication turned off",
                _ => "which asks for credentials",
            };
            foreach (var exposure in exposures)
            {
                context.Report(exposure.By, exposure.At, $"{exposure.How} exposes {ui.Display}, {state}, outside the cluster", open ? null : Severity.Warning);
            }
        }

        foreach (var named in ExposureByServiceName.Of(context.Index, AdminUiCatalog.BuiltIn).Where(n => !n.Ui.IsKubernetesDashboard))
        {
            context.Report(named.Exposure.By, named.Exposure.At, $"{named.Describe(named.Ui.Name)}; no workload in this run behind it is recognised as {named.Ui.Name}, so whether it asks for credentials is unknown", Severity.Warning);
        }
    }
}
