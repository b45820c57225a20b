using KubeLint.Rules;

namespace KubeLint.Reporting;

/// <summary>Where KubeLint's documentation lives, for reports that link to it.</summary>
internal static class KubeLintLinks
{
    /// <summary>The project's home.</summary>
    public const string Repository = "https://github.com/kubelint/kubelint";

    /// <summary>The docs page of a built-in rule.</summary>
    public static string RulePage(string ruleId) => $"{Repository}/blob/main/{RuleDocs.DocsFolder}/{ruleId}.md";

    /// <summary>
    /// The docs page of any rule: its own address (a check of your own, escaped so that no report
    /// format can be broken out of), KubeLint's page for a built-in rule, else none.
    /// </summary>
    public static string? RulePage(RuleDescriptor rule) =>
        rule.HelpUri is { } own ? (Uri.TryCreate(own, UriKind.Absolute, out var uri) ? uri.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal) : null)
        : BuiltInRules.All.Any(r => r.Descriptor.Id == rule.Id) ? RulePage(rule.Id) : null;
}
