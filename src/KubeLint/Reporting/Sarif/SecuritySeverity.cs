using KubeLint.Rules;

namespace KubeLint.Reporting.Sarif;

/// <summary>
/// GitHub code scanning's security-severity score (0.1-10) for each rule: critical for findings that
/// hand over the cluster directly, then by default severity.
/// </summary>
internal static class SecuritySeverity
{
    private static readonly HashSet<string> Critical = new(StringComparer.Ordinal)
    {
        RuleIds.ClusterAdminBinding, RuleIds.AnonymousSubject, RuleIds.SystemMastersSubject, RuleIds.PrivilegedTokenMounted,
        RuleIds.PrivilegedContainer, RuleIds.DashboardSkipLogin, RuleIds.DashboardAdminServiceAccount, RuleIds.DashboardExposed,
        RuleIds.ApiServerAlwaysAllow, RuleIds.ApiServerInsecureServing, RuleIds.KubeletAnonymousAuth, RuleIds.KubeletAlwaysAllow,
    };

    public static string For(RuleDescriptor rule) =>
        Critical.Contains(rule.Id) ? "9.1" : rule.DefaultSeverity switch
        {
            Severity.Error => "7.5",
            Severity.Warning => "5.0",
            _ => "2.0",
        };

    /// <summary>How often the rule is right when it fires: recognising admin UIs by image is a heuristic.</summary>
    public static string PrecisionOf(RuleDescriptor rule) =>
        rule.Id is RuleIds.AdminUiWithoutAuth or RuleIds.AdminUiExposed ? "medium" : "high";
}
