using KubeLint.Manifests.Index;

namespace KubeLint.Rules.ServiceAccountToken;

internal sealed class DefaultServiceAccountUsedRule : CrossObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.DefaultServiceAccountUsed,
        Name = "default-serviceaccount-used",
        Title = "Workload on the default ServiceAccount with its token",
        Category = RuleCategories.ServiceAccountToken,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["workloads", "ServiceAccount"],
        WhatItChecks = "Workloads that run as their namespace's `default` ServiceAccount (no `serviceAccountName`, or `default` named explicitly) with its token mounted (a note when the mount depends on a `default` ServiceAccount that is not in the input), and `default` ServiceAccount objects that do not set `automountServiceAccountToken: false`. A token that KL2002 reports (the account holds a dangerous permission) is left to it.",
        WhyItMatters = "The default account is shared by every pod of the namespace that does not choose another. Anything granted to it, by anyone, later, lands in all of them; a token mounted from it is a credential nobody designed for this workload. Opting the default account out of automount protects every pod that forgets to.",
        HowToFix = "Give the workload its own ServiceAccount, and set `automountServiceAccountToken: false` on each namespace's default ServiceAccount.",
        Example = """
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: default
              namespace: shop
            """,
        FixedExample = """
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: default
              namespace: shop
            automountServiceAccountToken: false
            """,
        References = ["CIS Kubernetes Benchmark 5.1.5", "https://kubernetes.io/docs/concepts/security/service-accounts/#default-service-accounts"],
    };

    public override void Check(CrossObjectContext context)
    {
        foreach (var account in context.Index.ServiceAccounts.Where(a => a.Name == "default" && a.Automount is not { Value: false }))
        {
            var at = account.Automount?.Span ?? account.Object.Anchor;
            context.Report(account.Object, at, account.Automount?.Path ?? account.Object.AnchorPath, $"ServiceAccount {account.Namespace}/default does not set automountServiceAccountToken: false, so every pod of {account.Namespace} that does not opt out gets its token");
        }

        foreach (var workload in context.Index.Workloads.Where(w => w.UsesDefaultServiceAccount && !TokenCause.ReportedAsPrivileged(context, w)))
        {
            var mount = context.Index.TokenMountOf(workload);
            var projected = workload.ProjectedTokens.Count > 0;
            if (mount.State == TokenMountState.NotMounted && !projected)
            {
                continue;
            }

            var (at, atPath) = workload.ServiceAccountPlace;
            var account = $"ServiceAccount {workload.Namespace}/default";
            if (mount.State == TokenMountState.Unknown && !projected)
            {
                context.Report(workload.Object, at, atPath, $"the pod runs as the namespace's {account}, whose token it mounts unless that ServiceAccount ({mount.UnknownAccount}) disables automount", Severity.Note);
            }
            else
            {
                context.Report(workload.Object, at, atPath, $"the pod runs as the namespace's {account} with its token mounted");
            }
        }
    }
}
