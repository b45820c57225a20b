using KubeLint.Manifests;
using KubeLint.Manifests.AdminUis;
using KubeLint.Manifests.PodSecurity;

namespace KubeLint.Rules;

/// <summary>
/// What rules and the findings they report need of the settings a file is linted with: which rules
/// run and at what severity, what may be suppressed, and the policies the rules apply.
/// </summary>
internal interface IRulePolicy
{
    /// <summary>Every rule the linter has, for checking names in suppressions.</summary>
    IReadOnlyList<RuleDescriptor> KnownRules { get; }

    /// <summary>The admin UIs to recognise.</summary>
    IReadOnlyList<AdminUiEntry> AdminUis { get; }

    /// <summary>The Pod Security Standards profile selected, or null when every pod-security rule runs.</summary>
    PssProfile? Pss { get; }

    /// <summary>The policy version pod-security rules apply.</summary>
    PssVersion PolicyVersion { get; }

    /// <summary>Whether a rule is enabled.</summary>
    bool IsEnabled(RuleDescriptor rule);

    /// <summary>Whether the rule with this id runs on its own: enabled, and not reported together by another rule that runs.</summary>
    bool Runs(string ruleId);

    /// <summary>The severity a finding of <paramref name="rule"/> is reported with, given the one the rule chose.</summary>
    Severity SeverityFor(RuleDescriptor rule, Severity reported);

    /// <summary>Whether no suppression annotation may hide the rule's findings.</summary>
    bool IsStrict(RuleDescriptor rule);

    /// <summary>The configuration's reason for accepting a finding of <paramref name="rule"/> on <paramref name="obj"/>, if any.</summary>
    string? IgnoreReason(RuleDescriptor rule, ObjectRef obj);
}
