namespace KubeLint.Reporting;

/// <summary>The output formats of a lint run.</summary>
public enum ReportFormat
{
    /// <summary>One line per finding, grouped by file, with a summary line.</summary>
    Text,

    /// <summary>The JSON contract other tools rely on.</summary>
    Json,

    /// <summary>SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.</summary>
    Sarif,

    /// <summary>JUnit XML for CI test reports.</summary>
    Junit,

    /// <summary>GitHub Actions workflow commands that annotate pull requests.</summary>
    Github,

    /// <summary>A Markdown summary for a pull-request comment.</summary>
    Markdown,
}
