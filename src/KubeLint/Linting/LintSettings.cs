using KubeLint.Rules;

namespace KubeLint.Linting;

/// <summary>The resolved settings one file is linted with (from the request and its configuration).</summary>
internal sealed record LintSettings
{
    public static LintSettings Default { get; } = new();

    public string DefaultNamespace { get; init; } = "default";

    public IReadOnlyDictionary<string, Severity> SeverityOverrides { get; init; } = new Dictionary<string, Severity>();

    /// <summary>Rule ids whose findings no suppression annotation may hide.</summary>
    public IReadOnlySet<string> StrictRules { get; init; } = new HashSet<string>();

    public Severity SeverityFor(RuleDescriptor rule, Severity reported) =>
        SeverityOverrides.TryGetValue(rule.Id, out var configured) ? configured : reported;
}
