using KubeLint.Manifests.AdminUis;
using KubeLint.Manifests.Network;

namespace KubeLint.Rules.Dashboard;

internal sealed class DashboardExposedRule : CrossObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.DashboardExposed,
        Name = "dashboard-exposed",
        Title = "Kubernetes Dashboard reachable from outside the cluster",
        Category = RuleCategories.Dashboard,
        DefaultSeverity = Severity.Error,
        AppliesTo = ["Service", "Ingress", "HTTPRoute", "workloads running the Kubernetes Dashboard"],
        WhatItChecks = "Ways from outside the cluster to a Kubernetes Dashboard's pods: a Service of type LoadBalancer or NodePort, or with `externalIPs`, that selects them; an Ingress or Gateway API route to a Service that selects them, without an authentication annotation (ingress-nginx `auth-url`/`auth-type`, ALB `auth-type`, Traefik auth middlewares…); `hostNetwork` or a `hostPort` on the Dashboard's pod. The finding is placed on the object that opens the way. When no Dashboard workload is in the run, a Service carrying its usual name (`kubernetes-dashboard`, `kubernetes-dashboard-kong-proxy`, a release prefix allowed) that is external or reached by an unauthenticated route is a warning.",
        WhyItMatters = "The Dashboard is a full client of the Kubernetes API. Published on the internet it invites brute force, token theft and, with Skip enabled or an old version, direct takeover; the project's own advice is to reach it through `kubectl proxy` or an authenticating proxy.",
        HowToFix = "Keep the Dashboard's Service ClusterIP and reach it with `kubectl proxy` or port-forward, or put an authenticating proxy in front of the Ingress.",
        Example = """
            apiVersion: v1
            kind: Service
            metadata:
              name: kubernetes-dashboard
              namespace: kubernetes-dashboard
            spec:
              type: NodePort
              selector:
                k8s-app: kubernetes-dashboard
              ports:
                - port: 443
                  targetPort: 8443
            ---
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
            """,
        FixedExample = """
            apiVersion: v1
            kind: Service
            metadata:
              name: kubernetes-dashboard
              namespace: kubernetes-dashboard
            spec:
              selector:
                k8s-app: kubernetes-dashboard
              ports:
                - port: 443
                  targetPort: 8443
            ---
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
            """,
        References = ["https://github.com/kubernetes/dashboard/blob/master/docs/user/accessing-dashboard/README.md"],
    };

    public override void Check(CrossObjectContext context)
    {
        foreach (var ui in context.Index.AdminUis.Where(u => u.Entry.IsKubernetesDashboard))
        {
            foreach (var exposure in ExposureAnalysis.Of(ui.Workload, context.Index, ui.Entry.UiPorts, ui.Container))
            {
                context.Report(exposure.By, exposure.At, $"{exposure.How} exposes the Kubernetes Dashboard ({ui.Workload.Object.Ref.Display}) outside the cluster");
            }
        }

        foreach (var named in ExposureByServiceName.Of(context.Index, AdminUiCatalog.BuiltIn).Where(n => n.Ui.IsKubernetesDashboard))
        {
            context.Report(named.Exposure.By, named.Exposure.At, $"{named.Describe("the Kubernetes Dashboard")}; no workload in this run behind it is recognised as the Dashboard", Severity.Warning);
        }
    }
}
