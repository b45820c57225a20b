using KubeLint.Linting;

namespace KubeLint.Reporting;

/// <summary>Writes a lint result in one format.</summary>
public interface IReportWriter
{
    /// <summary>Writes the whole report.</summary>
    void Write(LintResult result, TextWriter output);
}
