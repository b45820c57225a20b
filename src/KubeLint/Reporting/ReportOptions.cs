namespace KubeLint.Reporting;

/// <summary>How reports are written.</summary>
/// <param name="SourceRoot">The repository root that SARIF and GitHub paths are relative to (absolute).</param>
public sealed record ReportOptions(string SourceRoot)
{
    /// <summary>Whether text output may use ANSI colour.</summary>
    public bool UseColor { get; init; }

    /// <summary>Whether suppressed findings are listed (with their reasons) as well as counted.</summary>
    public bool ShowSuppressed { get; init; }
}
