using KubeLint.Manifests.Index;

namespace KubeLint.Rules.ServiceAccountToken;

internal sealed class TokenAutomountedRule : CrossObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.TokenAutomounted,
        Name = "token-automounted",
        Title = "Service-account token mounted automatically",
        Category = RuleCategories.ServiceAccountToken,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["workloads", "ServiceAccount"],
        WhatItChecks = "Whether a workload's pods get their ServiceAccount's API token automatically. Kubernetes mounts it unless the pod sets `automountServiceAccountToken: false`; when the pod leaves the field unset, the ServiceAccount's own field decides (same name, same namespace); unset on both means mounted. When the ServiceAccount is not in the linted input the outcome is unknown, and the finding says so at note level. One cause, one finding: a token that KL2002 (a powerful account) or KL2003 (the default account) reports is left to them.",
        WhyItMatters = "The token is a credential for the Kubernetes API. Every container of the pod can read it from `/var/run/secrets/kubernetes.io/serviceaccount/token`, so anyone who compromises one container acts with the ServiceAccount's permissions, which are often wider than anyone remembers. Most applications never call the API and do not need it.",
        HowToFix = "Set `automountServiceAccountToken: false` on the pod (or its ServiceAccount) and mount a projected token only where the API is really used.",
        Example = """
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: web
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
                  serviceAccountName: web
                  containers:
                    - name: web
                      image: nginx:1.27
            """,
        FixedExample = """
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: web
              namespace: shop
            automountServiceAccountToken: false
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
                  serviceAccountName: web
                  automountServiceAccountToken: false
                  containers:
                    - name: web
                      image: nginx:1.27
            """,
        References = ["CIS Kubernetes Benchmark 5.1.6", "https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting"],
    };

    public override void Check(CrossObjectContext context)
    {
        foreach (var workload in context.Index.Workloads.Where(w => !TokenCause.ReportedAsPrivileged(context, w) && !TokenCause.ReportedAsDefaultAccount(context, w)))
        {
            var decision = context.Index.TokenMountOf(workload);
            var account = $"ServiceAccount {workload.Namespace}/{workload.ServiceAccountName}";
            var (at, atPath) = workload.ServiceAccountPlace;
            switch (decision)
            {
                case { State: TokenMountState.Mounted, Reason: TokenMountReason.PodField }:
                    context.Report(workload.Object, workload.Automount!.Value, $"the pod sets automountServiceAccountToken: true, so every container holds the API token of {account}");
                    break;
                case { State: TokenMountState.Mounted, Reason: TokenMountReason.ServiceAccountField }:
                    context.Report(workload.Object, at, atPath, $"the API token of {account} is mounted into every container: the ServiceAccount sets automountServiceAccountToken: true and the pod does not override it");
                    break;
                case { State: TokenMountState.Mounted }:
                    context.Report(workload.Object, at, atPath, $"the API token of {account} is mounted into every container: neither the pod nor the ServiceAccount sets automountServiceAccountToken: false");
                    break;
                case { State: TokenMountState.Unknown }:
                    context.Report(workload.Object, at, atPath, $"the API token of {account} is mounted into every container unless that ServiceAccount ({decision.UnknownAccount}, so unknown) sets automountServiceAccountToken: false", Severity.Note);
                    break;
            }
        }
    }
}
