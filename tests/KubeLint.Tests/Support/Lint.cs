using KubeLint.Linting;
using KubeLint.Rules;

namespace KubeLint.Tests.Support;

/// <summary>Short ways to lint text in tests.</summary>
internal static class Lint
{
    public static LintResult Text(string yaml, string name = "test.yaml") => new Linter().LintText(yaml, name);

    public static LintResult Text(string yaml, params string[] ruleIds) =>
        new Linter(BuiltInRules.All.Where(r => ruleIds.Contains(r.Descriptor.Id))).LintText(yaml, "test.yaml");

    public static IReadOnlyList<Finding> Findings(string yaml, string ruleId) =>
        Text(yaml, ruleId).Findings.Where(f => f.RuleId == ruleId).ToList();

    /// <summary><c>line:col severity message</c> lines, for compact assertions.</summary>
    public static IReadOnlyList<string> Lines(IEnumerable<Finding> findings) =>
        findings.Select(f => $"{f.Location.Start.Line}:{f.Location.Start.Column} {f.Severity.ToName()} {f.Message}").ToList();
}
