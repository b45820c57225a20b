using KubeLint.Linting;
using KubeLint.Rules;

namespace KubeLint.Tests.Support;

/// <summary>Short ways to lint text in tests.</summary>
internal static class Lint
{
    public static LintResult Text(string yaml, string name = "test.yaml") => new Linter().LintText(yaml, name);

    public static LintResult Text(string yaml, params string[] ruleIds) =>
        new Linter(BuiltInRules.All.Where(r => ruleIds.Contains(r.Descriptor.Id))).LintText(yaml, "test.yaml");

    /// <summary>One rule's findings, with the rule reporting on its own (not together with others, as KL3100 reports the restricted settings).</summary>
    public static IReadOnlyList<Finding> Findings(string yaml, string ruleId) =>
        new Linter(BuiltInRules.All.Where(r => !r.Descriptor.Summarizes.Contains(ruleId))).LintText(yaml, "test.yaml").Findings.Where(f => f.RuleId == ruleId).ToList();

    /// <summary><c>line:col severity message</c> lines, for compact assertions.</summary>
    public static IReadOnlyList<string> Lines(IEnumerable<Finding> findings) =>
        findings.Select(f => $"{f.Location.Start.Line}:{f.Location.Start.Column} {f.Severity.ToName()} {f.Message}").ToList();
}
