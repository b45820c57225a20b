using System.Text;
using KubeLint.Linting;
using KubeLint.Rules;

namespace KubeLint.Reporting;

/// <summary>
/// A Markdown summary for a pull-request comment: counts, findings per rule, and the findings
/// themselves. Text from the linted files is escaped (no HTML, links, code spans or mentions), and
/// the whole comment stays under GitHub's limit of 65,536 characters, saying what was left out.
/// </summary>
internal sealed class MarkdownReportWriter : IReportWriter
{
    /// <summary>Beyond this many rows, the table says how many were left out.</summary>
    public const int MaxRows = 200;

    /// <summary>The most characters the comment has (GitHub refuses comments over 65,536).</summary>
    public const int MaxCharacters = 60_000;

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
                var page = result.Rules.FirstOrDefault(r => r.Id == group.Key.RuleId) is { } rule ? KubeLintLinks.RulePage(rule) : null;
                var id = page is null ? group.Key.RuleId : $"[{group.Key.RuleId}]({page})";
                text.Append($"| {id} `{group.Key.RuleName}` | {group.Count()} | {severities} |").AppendLine();
            }

            text.AppendLine().AppendLine("| severity | location | rule | message |").AppendLine("|---|---|---|---|");
            var shown = AppendWithin(text, result.Findings.Take(MaxRows), MaxCharacters * 3 / 4, f =>
                $"| {f.Severity.ToName()} | {Location(f.Location.File, f.Location.Start.Line, f.Location.Start.Column)} | {f.RuleId} | {SafeText.ForMarkdown(f.Message)} |");
            if (result.Findings.Count > shown)
            {
                text.AppendLine().AppendLine($"…and {result.Findings.Count - shown} more findings{(shown < Math.Min(MaxRows, result.Findings.Count) ? " (cut to keep this comment within GitHub's size limit)" : string.Empty)}.");
            }
        }

        if (result.Errors.Count > 0)
        {
            text.AppendLine().AppendLine("**Input that could not be read**").AppendLine();
            var shown = AppendWithin(text, result.Errors.Take(MaxRows), MaxCharacters, e => $"- {(e.HasPosition ? Location(e.File, e.Line, e.Column) : SafeText.ForMarkdown(Manifests.InputValue.Quoted(e.File)))} {SafeText.ForMarkdown(e.Message)}");
            if (result.Errors.Count > shown)
            {
                text.AppendLine().AppendLine($"…and {result.Errors.Count - shown} more input errors.");
            }
        }

        output.Write(text.ToString());
    }

    /// <summary>Appends lines while the text stays under <paramref name="budget"/> characters; returns how many were appended.</summary>
    private static int AppendWithin<T>(StringBuilder text, IEnumerable<T> items, int budget, Func<T, string> line)
    {
        var count = 0;
        foreach (var item in items)
        {
            var row = line(item);
            if (text.Length + row.Length + 1 > budget)
            {
                break;
            }

            text.AppendLine(row);
            count++;
        }

        return count;
    }

    private static string Location(string file, int line, int column) => $"{SafeText.ForMarkdown(Manifests.InputValue.Quoted(file))}:{line}:{column}";
}
