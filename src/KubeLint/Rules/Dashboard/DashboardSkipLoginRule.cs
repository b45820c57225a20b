namespace KubeLint.Rules.Dashboard;

internal sealed class DashboardSkipLoginRule : ObjectRule
{
    private static readonly Version LoginIntroduced = new(1, 7);

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.DashboardSkipLogin,
        Name = "dashboard-skip-login",
        Title = "Kubernetes Dashboard without login",
        Category = RuleCategories.Dashboard,
        DefaultSeverity = Severity.Error,
        AppliesTo = ["workloads running the Kubernetes Dashboard"],
        WhatItChecks = "Kubernetes Dashboard containers with `--enable-skip-login` (bare or `=true`), and Dashboard 1.x images older than v1.7, which have no login view at all. The Dashboard is recognised by its images (`kubernetesui/dashboard*`, `kubernetes-dashboard-<arch>`, the dev builds).",
        WhyItMatters = "With the Skip button, anyone who reaches the Dashboard uses it with the Dashboard's own ServiceAccount, with no credentials. This is how Tesla's cluster was taken over in 2018: an open Dashboard whose account could read the cloud credentials in its secrets.",
        HowToFix = "Remove `--enable-skip-login` (and upgrade Dashboards older than v1.7) so every user logs in with their own token.",
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
                        - --auto-generate-certificates
                        - --enable-skip-login
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
            """,
        References = ["https://github.com/kubernetes/dashboard/blob/master/docs/common/arguments.md", "https://redlock.io/blog/cryptojacking-tesla"],
    };

    public override void Check(RuleContext context)
    {
        foreach (var dashboard in context.Dashboards())
        {
            if (dashboard.CommandLine["enable-skip-login"] is { IsTrue: true } skip)
            {
                context.Report(skip.Node, $"the Kubernetes Dashboard ({dashboard.Container.Label}) offers Skip on its login page: anyone who reaches it acts with its ServiceAccount");
            }

            if (dashboard.IsLegacyImage && dashboard.Image.Version is { } version && version < LoginIntroduced && dashboard.Container.Node["image"] is { } image)
            {
                context.Report(image, $"Kubernetes Dashboard v{version} predates the login view (v1.7): every visitor acts with its ServiceAccount");
            }
        }
    }
}
