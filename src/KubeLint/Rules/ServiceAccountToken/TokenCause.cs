using KubeLint.Manifests.Index;

namespace KubeLint.Rules.ServiceAccountToken;

/// <summary>
/// One cause, one finding: a mounted token is reported once per workload, by the most telling rule
/// that runs: KL2002 when the account holds a dangerous permission, else KL2003 when it is the
/// namespace's default account, else KL2001.
/// </summary>
internal static class TokenCause
{
    /// <summary>Whether KL2002 reports the workload's token.</summary>
    public static bool ReportedAsPrivileged(CrossObjectContext context, WorkloadFacts workload) =>
        context.SettingsFor(workload.Object).Runs(RuleIds.PrivilegedTokenMounted)
        && (context.Index.TokenMountOf(workload).State != TokenMountState.NotMounted || workload.ProjectedTokens.Count > 0)
        && context.Index.Rbac.DangerousGrantsOfServiceAccount(workload.Namespace, workload.ServiceAccountName).Count > 0;

    /// <summary>Whether KL2003 reports the workload's token (and KL2002 does not).</summary>
    public static bool ReportedAsDefaultAccount(CrossObjectContext context, WorkloadFacts workload) =>
        workload.UsesDefaultServiceAccount
        && context.SettingsFor(workload.Object).Runs(RuleIds.DefaultServiceAccountUsed)
        && (context.Index.TokenMountOf(workload).State != TokenMountState.NotMounted || workload.ProjectedTokens.Count > 0)
        && !ReportedAsPrivileged(context, workload);
}
