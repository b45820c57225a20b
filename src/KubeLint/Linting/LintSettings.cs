using KubeLint.Manifests.AdminUis;
using KubeLint.Manifests.PodSecurity;
using KubeLint.Rules;

namespace KubeLint.Linting;

/// <summary>The resolved settings one file is linted with (from the request and its configuration).</summary>
internal sealed record LintSettings
{
    public static LintSettings Default { get; } = new();

    public string DefaultNamespace { get; init; } = "default";

    /// <summary>The admin UIs to recognise: the built-in catalogue plus configured additions.</summary>
    public IReadOnlyList<AdminUiEntry> AdminUis { get; init; } = AdminUiCatalog.BuiltIn;

    /// <summary>The Pod Security Standards profile to check; null runs every pod-security rule at the latest policy.</summary>
    public PssProfile? Pss { get; init; }

    /// <summary>The policy version pod-security rules apply.</summary>
    public PssVersion PolicyVersion => Pss?.Version ?? PssVersion.Latest;

    /// <summary>Whether a rule runs under these settings.</summary>
    public bool Runs(RuleDescriptor rule) =>
        Pss is null || rule.Category != RuleCategories.PodSecurity || (rule.Pss is { } control && control.IsIn(Pss));

    public IReadOnlyDictionary<string, Severity> SeverityOverrides { get; init; } = new Dictionary<string, Severity>();

    /// <summary>Rule ids whose findings no suppression annotation may hide.</summary>
    public IReadOnlySet<string> StrictRules { get; init; } = new HashSet<string>();

    public Severity SeverityFor(RuleDescriptor rule, Severity reported) =>
        SeverityOverrides.TryGetValue(rule.Id, out var configured) ? configured : reported;
}
