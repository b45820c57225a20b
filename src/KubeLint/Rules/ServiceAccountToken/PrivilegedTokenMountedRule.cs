using KubeLint.Manifests.Index;
using KubeLint.Manifests.Rbac;

namespace KubeLint.Rules.ServiceAccountToken;

internal sealed class PrivilegedTokenMountedRule : CrossObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.PrivilegedTokenMounted,
        Name = "privileged-token-mounted",
        Title = "Powerful service-account token mounted in a pod",
        Category = RuleCategories.ServiceAccountToken,
        DefaultSeverity = Severity.Error,
        AppliesTo = ["workloads"],
        WhatItChecks = "Workloads that mount their ServiceAccount's token (automatically, or through a projected `serviceAccountToken` volume) while the ServiceAccount's effective RBAC, through any binding in the input, includes a dangerous permission: cluster-admin, escalate/bind/impersonate, nodes/proxy, reading secrets, creating workloads, exec, minting tokens, approving certificates, writing admission webhooks or creating persistent volumes. Bindings count when they name the account directly, as user `system:serviceaccount:<ns>:<name>`, or through `system:serviceaccounts`, `system:serviceaccounts:<ns>` or `system:authenticated`; roles are resolved across files, with aggregation and the built-in `cluster-admin`, `admin`, `edit` and `view`. The message names the permission and the binding and role that grant it. It is a warning when the grant is narrowed by `resourceNames`. When the token mount depends on a ServiceAccount that is not in the input (typically a namespace's `default`, which Kubernetes creates with automount on), the finding stays an error and its message says what is unknown.",
        WhyItMatters = "The token is readable by every process in every container of the pod. If its account can, say, create pods or read secrets, then anyone who gets code execution in that one container can take over the namespace or the cluster. This rule connects the pod to the permissions behind its token, which no per-file check can see.",
        HowToFix = "Set `automountServiceAccountToken: false` on the pod, or move the permission to a dedicated ServiceAccount that only the component which needs it uses.",
        Example = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata:
              name: default-admin
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: ClusterRole
              name: cluster-admin
            subjects:
              - kind: ServiceAccount
                name: default
                namespace: shop
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: shop
            spec:
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
            """,
        FixedExample = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata:
              name: default-admin
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: ClusterRole
              name: cluster-admin
            subjects:
              - kind: ServiceAccount
                name: default
                namespace: shop
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: shop
            spec:
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  automountServiceAccountToken: false
                  containers:
                    - name: web
                      image: nginx:1.27
            """,
        References = ["CIS Kubernetes Benchmark 5.1.6", "https://kubernetes.io/docs/concepts/security/rbac-good-practices/"],
    };

    public override void Check(CrossObjectContext context)
    {
        foreach (var workload in context.Index.Workloads)
        {
            var mount = context.Index.TokenMountOf(workload);
            var projected = workload.ProjectedTokens.Count > 0;
            if (mount.State == TokenMountState.NotMounted && !projected)
            {
                continue;
            }

            var dangerous = context.Index.Rbac.DangerousGrantsOfServiceAccount(workload.Namespace, workload.ServiceAccountName);
            if (dangerous.Count == 0)
            {
                continue;
            }

            var severity = dangerous[0].Grant.Rule.Rule.IsNarrowed ? Severity.Warning : Severity.Error;
            var (at, atPath) = workload.ServiceAccountPlace;
            context.Report(workload.Object, at, atPath, Message(workload, mount, projected, dangerous), severity);
        }
    }

    private static string Message(WorkloadFacts workload, TokenMount mount, bool projected, IReadOnlyList<DangerousGrant> dangerous)
    {
        var token = mount.State switch
        {
            TokenMountState.Mounted => "token mounted",
            _ when projected => "projected token mounted",
            _ => $"token mounted unless the ServiceAccount, which is {mount.UnknownAccount}, sets automountServiceAccountToken: false",
        };
        var account = $"ServiceAccount {workload.Namespace}/{workload.ServiceAccountName} ({token})";
        var strongest = dangerous[0];
        var grant = strongest.Grant;
        var narrowed = grant.Rule.Rule.IsNarrowed ? $" (resourceNames {string.Join(", ", grant.Rule.Rule.ResourceNames)} only)" : string.Empty;
        var main = strongest.Permission.Kind == DangerousPermissionKind.ClusterAdmin && grant.Role.Name == "cluster-admin"
            ? $"{account} is bound to cluster-admin by {grant.Binding.Display}{grant.Membership}"
            : $"{account} can {strongest.Permission.Description} {grant.ScopeText}{narrowed}, granted by {grant.BindingAndRole}{grant.Membership}";
        var more = dangerous.Skip(1).Select(d => d.Permission.Description).ToList();
        return more.Count == 0 || strongest.Permission.Kind == DangerousPermissionKind.ClusterAdmin
            ? main
            : $"{main}; it can also {string.Join(", ", more)}";
    }
}
