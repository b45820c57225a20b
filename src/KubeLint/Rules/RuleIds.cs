namespace KubeLint.Rules;

/// <summary>Every built-in rule id, sorted; ids are stable once shipped.</summary>
public static class RuleIds
{
    /// <summary>KL1001 cluster-admin-binding.</summary>
    public const string ClusterAdminBinding = "KL1001";

    /// <summary>KL2001 token-automounted.</summary>
    public const string TokenAutomounted = "KL2001";

    /// <summary>KL3001 privileged-container.</summary>
    public const string PrivilegedContainer = "KL3001";

    /// <summary>KL3101 run-as-root.</summary>
    public const string RunAsRoot = "KL3101";
}
