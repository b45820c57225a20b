using KubeLint.Reporting;

namespace KubeLint.Cli.Commands;

/// <summary>One report to write: a format, and a file or (null) standard output.</summary>
internal sealed record ReportTarget(ReportFormat Format, string? OutputPath);
