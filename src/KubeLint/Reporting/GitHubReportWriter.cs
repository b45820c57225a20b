using KubeLint.Linting;
using KubeLint.Rules;

namespace KubeLint.Reporting;

/// <summary>GitHub Actions workflow commands (<c>::error file=…,line=…::…</c>) that annotate pull requests.</summary>
/// <param name="sourceRoot">The repository root the file paths are made relative to.</param>
internal sealed class GitHubReportWriter(string sourceRoot) : IReportWriter
{
    /// <inheritdoc />
    public void Write(LintResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var error in result.Errors)
        {
            var position = error.HasPosition ? $",line={error.Line},col={error.Column}" : string.Empty;
            output.WriteLine($"::error file={Property(PathOf(error.File))}{position},title={Property("KubeLint: input error")}::{Data(error.Message)}");
        }

        foreach (var finding in result.Findings)
        {
            var command = finding.Severity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                _ => "notice",
            };
            var location = finding.Location;
            output.WriteLine(
                $"::{command} file={Property(PathOf(location.File))},line={location.Start.Line},col={location.Start.Column},endLine={location.End.Line},endColumn={location.End.Column},title={Property($"{finding.RuleId} {finding.RuleName}")}::{Data(finding.Message)}");
        }

        foreach (var notice in result.Notices)
        {
            output.WriteLine($"::notice title={Property("KubeLint")}::{Data($"{notice.Path}: {notice.Message}")}");
        }

        output.WriteLine(TextReportWriter.Summarize(result));
    }

    private string PathOf(string file) => file == "-" ? file : Path.GetRelativePath(sourceRoot, Path.GetFullPath(file)).Replace('\\', '/');

    /// <summary>Escapes a command's message as the Actions runner reads it; every other control character is written as an escape.</summary>
    internal static string Data(string text) =>
        SafeText.ForTerminal(text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal));

    /// <summary>Escapes a command's property value (which also ends at ',' and ':').</summary>
    internal static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
