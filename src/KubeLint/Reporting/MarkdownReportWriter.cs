using System.Text;
using KubeLint.Linting;
using KubeLint.Rules;

namespace KubeLint.Reporting;

/// <summary>A Markdown summary for a pull-request comment: counts, findings per rule, and the findings themselves (capped).</summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    /// <summary>Beyond this many rows, the table says how many were left out (GitHub comments stop at 65,536 characters).</summary>
    public const int MaxRows = 200;

    /// <inheritdoc />
    public void Write(LintResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var text = new StringBuilder();
        text.AppendLine("### KubeLint").AppendLine();
        text.AppendLine(TextReportWriter.Summarize(result).Replace("kubelint: ", string.Empty, StringComparison.Ordinal)).AppendLine();
        if (result.Findings.Count > 0)
        {
            text.AppendLine("| rule | findings | severity |").AppendLine("|---|---:|---|");
            foreach (var group in result.Findings.GroupBy(f => (f.RuleId, f.RuleName)).OrderBy(g => g.Key.RuleId, StringComparer.Ordinal))
            {
                var severities = string.Join(", ", group.GroupBy(f => f.Severity).OrderByDescending(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToName()}"));
                text.Append($"| [{group.Key.RuleId}]({KubeLintLinks.RulePage(group.Key.RuleId)}) `{group.Key.RuleName}` | {group.Count()} | {severities} |").AppendLine();
            }

            text.AppendLine().AppendLine("| severity | location | rule | message |").AppendLine("|---|---|---|---|");
            foreach (var finding in result.Findings.Take(MaxRows))
            {
                text.Append($"| {finding.Severity.ToName()} | `{Cell(finding.Location.File)}:{finding.Location.Start.Line}:{finding.Location.Start.Column}` | {finding.RuleId} | {Cell(finding.Message)} |").AppendLine();
            }

            if (result.Findings.Count > MaxRows)
            {
                text.AppendLine().AppendLine($"…and {result.Findings.Count - MaxRows} more findings.");
            }
        }

        if (result.Errors.Count > 0)
        {
            text.AppendLine().AppendLine("**Input that could not be read**").AppendLine();
            foreach (var error in result.Errors.Take(MaxRows))
            {
                text.Append($"- `{Cell(error.File)}:{error.Line}:{error.Column}` {Cell(error.Message)}").AppendLine();
            }
        }

        output.Write(text.ToString());
    }

    private static string Cell(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
