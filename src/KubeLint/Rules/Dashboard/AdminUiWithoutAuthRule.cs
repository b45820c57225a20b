using KubeLint.Manifests.AdminUis;

namespace KubeLint.Rules.Dashboard;

internal sealed class AdminUiWithoutAuthRule : CrossObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.AdminUiWithoutAuth,
        Name = "admin-ui-without-auth",
        Title = "Admin UI with authentication off",
        Category = RuleCategories.Dashboard,
        DefaultSeverity = Severity.Error,
        AppliesTo = ["workloads running a known admin UI", "ConfigMap"],
        WhatItChecks = "Known admin UIs (a data table that configuration can extend) running with authentication off: Argo CD with `--disable-auth` or `server.disable.auth` (also through the ConfigMap its environment reads), Argo Workflows with `--auth-mode=server`, Grafana with anonymous access (`GF_AUTH_ANONYMOUS_ENABLED` or `[auth.anonymous]` in a mounted `grafana.ini`; the message names the anonymous role), Traefik with `--api.insecure`, Jupyter with an empty token, Prometheus or Alertmanager with their admin or lifecycle APIs on, and UIs that have no authentication at all (Weave Scope, Tiller).",
        WhyItMatters = "These UIs act on the cluster or hold its secrets: Argo CD deploys anything, Argo Workflows runs pods, Grafana holds data-source credentials, Tiller installs charts as cluster-admin, Weave Scope execs into containers. With authentication off, the network is the only control, and one exposed Service or compromised pod is enough.",
        HowToFix = "Turn authentication back on (or remove the insecure API flag), and remove UIs that have no authentication.",
        Example = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: grafana
              namespace: monitoring
            spec:
              selector:
                matchLabels: {app: grafana}
              template:
                metadata:
                  labels: {app: grafana}
                spec:
                  containers:
                    - name: grafana
                      image: grafana/grafana:11.2.0
                      env:
                        - name: GF_AUTH_ANONYMOUS_ENABLED
                          value: "true"
                        - name: GF_AUTH_ANONYMOUS_ORG_ROLE
                          value: Admin
            """,
        FixedExample = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: grafana
              namespace: monitoring
            spec:
              selector:
                matchLabels: {app: grafana}
              template:
                metadata:
                  labels: {app: grafana}
                spec:
                  containers:
                    - name: grafana
                      image: grafana/grafana:11.2.0
                      env:
                        - name: GF_AUTH_ANONYMOUS_ENABLED
                          value: "false"
            """,
        References = ["https://grafana.com/docs/grafana/latest/setup-grafana/configure-security/configure-authentication/grafana/#anonymous-authentication", "https://argo-workflows.readthedocs.io/en/latest/argo-server-auth-mode/"],
    };

    public override void Check(CrossObjectContext context)
    {
        foreach (var ui in context.Index.AdminUis.Where(u => !u.Entry.IsKubernetesDashboard))
        {
            if (ui.Entry.AlwaysUnauthenticated)
            {
                context.Report(ui.Workload.Object, ui.Image, $"{ui.Display} has no authentication: whoever reaches it controls what it controls");
                continue;
            }

            var role = ui.Details.TryGetValue("GF_AUTH_ANONYMOUS_ORG_ROLE", out var orgRole) ? $" (anonymous users get the {orgRole} role)" : string.Empty;
            foreach (var reason in AdminUiAuth.OffReasons(ui, context.Index))
            {
                context.Report(reason.SetIn, reason.At, $"{ui.Display}: {reason.Reason}{role}");
            }
        }
    }
}
