using KubeLint.Rules;

namespace KubeLint.Linting.Configuration;

/// <summary>Resolves what a user writes for rules (<c>KL3001</c>, <c>privileged-container</c>, <c>pod-security</c>, <c>*</c>) to rules.</summary>
internal static class RuleSelector
{
    public static bool Matches(string selector, RuleDescriptor rule) =>
        selector == "*"
        || string.Equals(selector, rule.Id, StringComparison.OrdinalIgnoreCase)
        || string.Equals(selector, rule.Name, StringComparison.OrdinalIgnoreCase)
        || string.Equals(selector, rule.Category, StringComparison.OrdinalIgnoreCase);

    public static bool IsKnown(string selector, IEnumerable<RuleDescriptor> rules) => rules.Any(rule => Matches(selector, rule));
}
