using KubeLint.Linting.Configuration;
using KubeLint.Manifests;
using KubeLint.Manifests.AdminUis;
using KubeLint.Manifests.PodSecurity;
using KubeLint.Rules;

namespace KubeLint.Linting.Engine;

/// <summary>The resolved settings one file is linted with (from the request and its configuration).</summary>
internal sealed record LintSettings : IRulePolicy
{
    public static LintSettings Default { get; } = new();

    public string DefaultNamespace { get; init; } = "default";

    /// <summary>Every rule the linter has, for checking names in suppressions.</summary>
    public IReadOnlyList<RuleDescriptor> KnownRules { get; init; } = [.. BuiltInRules.All.Select(r => r.Descriptor)];

    /// <summary>The ids of the rules that run; null runs every rule that is enabled by default.</summary>
    public IReadOnlySet<string>? EnabledRules { get; init; }

    public IReadOnlyDictionary<string, Severity> SeverityOverrides { get; init; } = new Dictionary<string, Severity>();

    /// <summary>Rule ids whose findings no suppression annotation may hide.</summary>
    public IReadOnlySet<string> StrictRules { get; init; } = new HashSet<string>();

    /// <summary>Findings accepted by the configuration for objects matching patterns.</summary>
    public IReadOnlyList<CompiledIgnore> Ignores { get; init; } = [];

    /// <summary>The admin UIs to recognise: the built-in catalogue plus configured additions.</summary>
    public IReadOnlyList<AdminUiEntry> AdminUis { get; init; } = AdminUiCatalog.BuiltIn;

    /// <summary>The Pod Security Standards profile to check; null runs every pod-security rule at the latest policy.</summary>
    public PssProfile? Pss { get; init; }

    /// <summary>The folder include and exclude globs are relative to, and the globs.</summary>
    public PathFilter? Paths { get; init; }

    /// <summary>The configuration's failure threshold, if it sets one.</summary>
    public Severity? FailOn { get; init; }

    /// <summary>The policy version pod-security rules apply.</summary>
    public PssVersion PolicyVersion => Pss?.Version ?? PssVersion.Latest;

    /// <summary>Whether a rule runs on its own under these settings: enabled, and not reported together by another rule that runs.</summary>
    public bool Runs(RuleDescriptor rule) => IsEnabled(rule) && !IsSummarized(rule);

    /// <summary>Whether the rule with this id runs on its own under these settings.</summary>
    public bool Runs(string ruleId) => KnownRules.FirstOrDefault(r => r.Id == ruleId) is { } rule && Runs(rule);

    /// <summary>Whether a rule is enabled (by default or configuration) and, with a <c>--pss</c> profile, part of it.</summary>
    public bool IsEnabled(RuleDescriptor rule) =>
        (EnabledRules?.Contains(rule.Id) ?? rule.EnabledByDefault)
        && (Pss is null || rule.Category != RuleCategories.PodSecurity || (rule.Pss is { } control && control.IsIn(Pss)));

    private bool IsSummarized(RuleDescriptor rule) =>
        KnownRules.Any(other => other.Summarizes.Contains(rule.Id) && IsEnabled(other));

    public Severity SeverityFor(RuleDescriptor rule, Severity reported) =>
        SeverityOverrides.TryGetValue(rule.Id, out var configured) ? configured : reported;

    public bool IsStrict(RuleDescriptor rule) => StrictRules.Contains(rule.Id);

    /// <summary>The configuration's reason for accepting a finding of <paramref name="rule"/> on <paramref name="obj"/>, if any.</summary>
    public string? IgnoreReason(RuleDescriptor rule, ObjectRef obj) =>
        Ignores.FirstOrDefault(ignore => ignore.Matches(rule, obj))?.Reason;
}
