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
    public static IReportWriter WriterFor(ReportFormat format, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return format switch
        {
            ReportFormat.Json => new JsonReportWriter(options),
            ReportFormat.Sarif => new SarifReportWriter(options),
            ReportFormat.Junit => new JUnitReportWriter(),
            ReportFormat.Github => new GitHubReportWriter(options.SourceRoot),
            ReportFormat.Markdown => new MarkdownReportWriter(),
            _ => new TextReportWriter(options),
        };
    }
}
