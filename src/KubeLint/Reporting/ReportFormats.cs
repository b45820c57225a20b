namespace KubeLint.Reporting;

/// <summary>Names and writers of the report formats.</summary>
public static class ReportFormats
{
    /// <summary>The names accepted by <c>--format</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<ReportFormat>().Select(NameOf)];

    /// <summary>The lower-case name of a format.</summary>
    public static string NameOf(ReportFormat format) => format.ToString().ToLowerInvariant();

    /// <summary>Parses a format name (any case).</summary>
    public static bool TryParse(string? name, out ReportFormat format)
    {
        foreach (var candidate in Enum.GetValues<ReportFormat>())
        {
            if (string.Equals(NameOf(candidate), name, StringComparison.OrdinalIgnoreCase))
            {
                format = candidate;
                return true;
            }
        }

        format = ReportFormat.Text;
        return false;
    }

    /// <summary>The writer for a format.</summary>
    /// <param name="format">The format.</param>
    /// <param name="useColor">Whether text output may use ANSI colour.</param>
    /// <param name="sourceRoot">The repository root that SARIF and GitHub paths are relative to (absolute).</param>
    public static IReportWriter WriterFor(ReportFormat format, bool useColor, string sourceRoot) => format switch
    {
        ReportFormat.Json => new JsonReportWriter(),
        ReportFormat.Sarif => new SarifReportWriter(sourceRoot),
        ReportFormat.Junit => new JUnitReportWriter(),
        ReportFormat.Github => new GitHubReportWriter(sourceRoot),
        ReportFormat.Markdown => new MarkdownReportWriter(),
        _ => new TextReportWriter(useColor),
    };
}
