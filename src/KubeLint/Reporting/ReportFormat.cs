namespace KubeLint.Reporting;

/// <summary>The output formats of a lint run.</summary>
public enum ReportFormat
{
    /// <summary>One line per finding, grouped by file, with a summary line.</summary>
    Text,

    /// <summary>The JSON contract other tools rely on.</summary>
    Json,
}
