using KubeLint.Linting;
using KubeLint.Rules;

namespace KubeLint.Reporting;

/// <summary>
/// <c>path:line:col: severity KLnnnn name: message</c>, one line per finding, files separated by a
/// blank line, input errors after the findings of their file, and a one-line summary.
/// </summary>
internal sealed class TextReportWriter(ReportOptions options) : IReportWriter
{
    private readonly bool _useColor = options?.UseColor ?? false;

    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Dim = "\u001b[2m";

    /// <inheritdoc />
    public void Write(LintResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var errorsByFile = result.Errors.ToLookup(e => e.File, StringComparer.Ordinal);
        var findingsByFile = result.Findings.ToLookup(f => f.Location.File, StringComparer.Ordinal);
        var suppressedByFile = (options.ShowSuppressed ? result.Suppressed : []).ToLookup(f => f.Location.File, StringComparer.Ordinal);
        var files = findingsByFile.Select(g => g.Key)
            .Concat(errorsByFile.Select(g => g.Key))
            .Concat(suppressedByFile.Select(g => g.Key))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        var first = true;
        foreach (var file in files)
        {
            if (!first)
            {
                output.WriteLine();
            }

            first = false;
            foreach (var error in errorsByFile[file])
            {
                var where = error.HasPosition ? $"{LineStart(error.File)}:{error.Line}:{error.Column}:" : $"{LineStart(error.File)}:";
                output.WriteLine($"{Paint(Bold, where)} {Paint(SeverityColor(Severity.Error), "error")} {SafeText.ForTerminal(error.Message)}");
            }

            foreach (var finding in findingsByFile[file].Concat(suppressedByFile[file]))
            {
                WriteFinding(output, finding);
            }
        }

        if (!first)
        {
            output.WriteLine();
        }

        WriteCountsByRule(result, output);
        output.WriteLine(Summarize(result));
    }

    /// <summary>The one-line summary, e.g. <c>3 findings (1 error, 2 warnings) in 4 files, 9 objects</c>.</summary>
    public static string Summarize(LintResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var summary = result.Summary;
        var findings = result.Findings;
        var parts = new List<string>();
        if (findings.Count == 0)
        {
            parts.Add("no findings");
        }
        else
        {
            var bySeverity = new[] { Severity.Error, Severity.Warning, Severity.Note }
                .Select(s => (Severity: s, Count: findings.Count(f => f.Severity == s)))
                .Where(x => x.Count > 0)
                .Select(x => Plural(x.Count, x.Severity.ToName()));
            parts.Add($"{Plural(findings.Count, "finding")} ({string.Join(", ", bySeverity)})");
        }

        if (summary.Errors > 0)
        {
            parts.Add($"{Plural(summary.Errors, "input error")}");
        }

        var text = $"kubelint: {string.Join(" and ", parts)} in {Plural(summary.Files, "file")}, {Plural(summary.Objects, "object")}";
        if (summary.Suppressed > 0)
        {
            text += $"; {summary.Suppressed} suppressed";
        }

        if (result.Baseline is { } baseline)
        {
            text += $"; {baseline.Matched} accepted by the baseline, {Plural(baseline.Stale, "baseline entry", "baseline entries")} no longer {(baseline.Stale == 1 ? "matches" : "match")}";
        }

        return text;
    }

    /// <summary>How many findings each rule made, most first, so the errors are not lost in the volume.</summary>
    private void WriteCountsByRule(LintResult result, TextWriter output)
    {
        var byRule = new List<RuleCount>();
        foreach (var group in result.Findings.GroupBy(f => f.RuleId, StringComparer.Ordinal))
        {
            var worst = Severity.Note;
            var count = 0;
            foreach (var finding in group)
            {
                worst = finding.Severity > worst ? finding.Severity : worst;
                count++;
            }

            byRule.Add(new RuleCount(group.Key, group.First().RuleName, count, worst));
        }

        if (byRule.Count == 0)
        {
            return;
        }

        byRule.Sort(static (a, b) => a.Worst != b.Worst ? ((int)b.Worst).CompareTo((int)a.Worst) : a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.RuleId, b.RuleId));
        var width = byRule.Max(r => r.Count).ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        foreach (var (id, name, count, worst) in byRule)
        {
            output.WriteLine($"{count.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width)} {Paint(SeverityColor(worst), worst.ToName().PadRight(7))} {id} {name}");
        }
    }

    /// <summary>A line of the counts by rule (a class: sorting a list of it needs no JIT-compiled generic code).</summary>
    private sealed record RuleCount(string RuleId, string RuleName, int Count, Severity Worst);

    private void WriteFinding(TextWriter output, Finding finding)
    {
        var location = $"{LineStart(finding.Location.File)}:{finding.Location.Start.Line}:{finding.Location.Start.Column}:";
        var severity = finding.Severity.ToName();
        var line = $"{Paint(Bold, location)} {Paint(SeverityColor(finding.Severity), severity)} {finding.RuleId} {Paint(Dim, finding.RuleName)}: {SafeText.ForTerminal(finding.Message)}";
        if (finding.Rendered is { } rendered)
        {
            var named = finding.NamedTemplate is { } template
                ? $"; written by named template \"{SafeText.ForTerminal(template.Name)}\" at {SafeText.ForTerminal(template.At.File)}:{template.At.Start.Line}:{template.At.Start.Column}"
                : string.Empty;
            line += Paint(Dim, $" (line {rendered.Start.Line}:{rendered.Start.Column} of {SafeText.ForTerminal(rendered.RenderedBy)}{named})");
        }
        else if (finding.HelmSource is not null)
        {
            line += Paint(Dim, $" (template {SafeText.ForTerminal(finding.HelmSource)})");
        }

        if (finding.SuppressionReason is not null)
        {
            line += Paint(Dim, $" [suppressed: {SafeText.ForTerminal(finding.SuppressionReason)}]");
        }

        output.WriteLine(line);
    }

    /// <summary>A file name that starts a line: escaped, and never beginning with <c>::</c>, which CI runners read as a workflow command.</summary>
    internal static string LineStart(string file)
    {
        var safe = SafeText.ForTerminal(file);
        return safe.TrimStart().StartsWith("::", StringComparison.Ordinal) ? "./" + safe : safe;
    }

    private string Paint(string color, string text) => _useColor ? color + text + Reset : text;

    private static string SeverityColor(Severity severity) => severity switch
    {
        Severity.Error => "\u001b[31m",
        Severity.Warning => "\u001b[33m",
        _ => "\u001b[36m",
    };

    private static string Plural(int count, string noun) => Plural(count, noun, noun + "s");

    private static string Plural(int count, string noun, string nouns) => count == 1 ? $"1 {noun}" : $"{count} {nouns}";
}
