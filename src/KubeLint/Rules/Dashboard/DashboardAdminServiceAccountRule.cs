using KubeLint.Manifests.Index;
using KubeLint.Manifests.Rbac;

namespace KubeLint.Rules.Dashboard;

internal sealed class DashboardAdminServiceAccountRule : CrossObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.DashboardAdminServiceAccount,
        Name = "dashboard-admin-serviceaccount",
        Title = "Kubernetes Dashboard with a powerful ServiceAccount",
        Category = RuleCategories.Dashboard,
        DefaultSeverity = Severity.Error,
        AppliesTo = ["workloads running the Kubernetes Dashboard"],
        WhatItChecks = "The ServiceAccount a Kubernetes Dashboard runs as, resolved across the input like KL2002: cluster-admin or any other dangerous permission (reading secrets, creating workloads, exec, escalate/bind/impersonate…) through any binding, group or aggregated role. Grants narrowed by `resourceNames` do not count: the minimal Role each Dashboard release ships reads only the Dashboard's own secrets, by name.",
        WhyItMatters = "Whoever reaches a Dashboard that lets them skip login, or finds a way around it, acts with the Dashboard's own ServiceAccount. Old installation guides bound it to cluster-admin; the Dashboard needs none of that, because users log in with their own tokens.",
        HowToFix = "Bind the Dashboard's ServiceAccount only to the minimal Role its release ships (settings and its own secrets) and let users log in with their own tokens.",
        Example = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata:
              name: kubernetes-dashboard
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: ClusterRole
              name: cluster-admin
            subjects:
              - kind: ServiceAccount
                name: kubernetes-dashboard
                namespace: kube-system
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: kubernetes-dashboard
              namespace: kube-system
            spec:
              selector:
                matchLabels: {k8s-app: kubernetes-dashboard}
              template:
                metadata:
                  labels: {k8s-app: kubernetes-dashboard}
                spec:
                  serviceAccountName: kubernetes-dashboard
                  containers:
                    - name: kubernetes-dashboard
                      image: kubernetesui/dashboard:v2.7.0
            """,
        FixedExample = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata:
              name: kubernetes-dashboard
              namespace: kube-system
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: Role
              name: kubernetes-dashboard
            subjects:
              - kind: ServiceAccount
                name: kubernetes-dashboard
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata:
              name: kubernetes-dashboard
              namespace: kube-system
            rules:
              - apiGroups: [""]
                resources: [configmaps]
                resourceNames: [kubernetes-dashboard-settings]
                verbs: [get, update]
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: kubernetes-dashboard
              namespace: kube-system
            spec:
              selector:
                matchLabels: {k8s-app: kubernetes-dashboard}
              template:
                metadata:
                  labels: {k8s-app: kubernetes-dashboard}
                spec:
                  serviceAccountName: kubernetes-dashboard
                  containers:
                    - name: kubernetes-dashboard
                      image: kubernetesui/dashboard:v2.7.0
            """,
        References = ["https://github.com/kubernetes/dashboard/blob/master/docs/user/access-control/README.md"],
    };

    public override void Check(CrossObjectContext context)
    {
        foreach (var ui in context.Index.AdminUis.Where(u => u.Entry.IsKubernetesDashboard))
        {
            var workload = ui.Workload;
            var mount = context.Index.TokenMountOf(workload);
            if (mount.State == TokenMountState.NotMounted && workload.ProjectedTokens.Count == 0)
            {
                continue;
            }

            var strongest = context.Index.Rbac.DangerousGrantsOfServiceAccount(workload.Namespace, workload.ServiceAccountName)
                .FirstOrDefault(g => !g.Grant.Rule.Rule.IsNarrowed);
            if (strongest is null)
            {
                continue;
            }

            var grant = strongest.Grant;
            var power = strongest.Permission.Kind == DangerousPermissionKind.ClusterAdmin && grant.Role.Name == "cluster-admin"
                ? $"is bound to cluster-admin by {grant.Binding.Display}"
                : $"can {strongest.Permission.Description} {grant.ScopeText}, granted by {grant.BindingAndRole}";
            var (at, atPath) = workload.ServiceAccountPlace;
            context.Report(
                workload.Object,
                at,
                atPath,
                $"the Kubernetes Dashboard runs as ServiceAccount {workload.Namespace}/{workload.ServiceAccountName}, which {power}{grant.Membership}: whoever gets into the Dashboard without their own token acts with it");
        }
    }
}
