using KubeLint.Manifests.ControlPlane;

namespace KubeLint.Rules.Dashboard;

internal sealed class DashboardInsecureSettingsRule : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.DashboardInsecureSettings,
        Name = "dashboard-insecure-settings",
        Title = "Kubernetes Dashboard with insecure settings",
        Category = RuleCategories.Dashboard,
        DefaultSeverity = Severity.Error,
        AppliesTo = ["workloads running the Kubernetes Dashboard"],
        WhatItChecks = "Kubernetes Dashboard flags `--enable-insecure-login` (login over plain HTTP), `--disable-settings-authorizer` (anyone may change global settings), `--authentication-mode` with `basic`, `--token-ttl=0` (sessions never expire), `--disable-csrf-protection`, and `--insecure-bind-address` bound beyond loopback (the plain-HTTP port on every interface).",
        WhyItMatters = "Each setting weakens how the Dashboard authenticates its users: tokens sent in clear text, sessions that never end, forged requests, or a plain-HTTP endpoint reachable from other pods. Whatever reaches the Dashboard then reaches the API with the user's (or the Dashboard's) permissions.",
        HowToFix = "Remove the insecure flag and serve the Dashboard over HTTPS with token login only.",
        Example = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: kubernetes-dashboard
              namespace: kubernetes-dashboard
            spec:
              selector:
                matchLabels: {k8s-app: kubernetes-dashboard}
              template:
                metadata:
                  labels: {k8s-app: kubernetes-dashboard}
                spec:
                  containers:
                    - name: kubernetes-dashboard
                      image: kubernetesui/dashboard:v2.7.0
                      args:
                        - --enable-insecure-login
                        - --insecure-bind-address=0.0.0.0
                        - --token-ttl=0
            """,
        FixedExample = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: kubernetes-dashboard
              namespace: kubernetes-dashboard
            spec:
              selector:
                matchLabels: {k8s-app: kubernetes-dashboard}
              template:
                metadata:
                  labels: {k8s-app: kubernetes-dashboard}
                spec:
                  containers:
                    - name: kubernetes-dashboard
                      image: kubernetesui/dashboard:v2.7.0
                      args:
                        - --auto-generate-certificates
                        - --token-ttl=900
            """,
        References = ["https://github.com/kubernetes/dashboard/blob/master/docs/common/arguments.md"],
    };

    public override void Check(RuleContext context)
    {
        foreach (var dashboard in context.Dashboards())
        {
            var flags = dashboard.CommandLine;
            var who = $"the Kubernetes Dashboard ({dashboard.Container.Label})";
            foreach (var (flag, consequence) in (ReadOnlySpan<(string, string)>)[("enable-insecure-login", "accepts logins over plain HTTP"), ("disable-settings-authorizer", "lets any user change its global settings"), ("disable-csrf-protection", "accepts cross-site request forgeries")])
            {
                if (flags[flag] is { IsTrue: true } occurrence)
                {
                    context.Report(occurrence.Node, $"{who} {consequence} ({occurrence.Display})");
                }
            }

            if (flags["authentication-mode"] is { } mode && mode.Parts.Contains("basic"))
            {
                context.Report(mode.Node, $"{who} accepts basic (password) authentication ({mode.Display})");
            }

            if (flags["token-ttl"] is { Value: "0" } ttl)
            {
                context.Report(ttl.Node, $"{who} never expires login sessions (--token-ttl=0)");
            }

            if (flags["insecure-bind-address"] is { Value: { } address } bind && !NetworkAddress.IsLoopback(address))
            {
                context.Report(bind.Node, $"{who} serves plain HTTP on {address}, beyond loopback");
            }
        }
    }
}
