using KubeLint.Linting;
using KubeLint.Reporting;

namespace KubeLint.Cli.Commands;

/// <summary>The library's <see cref="WarmUp"/>, and a report of its findings written to nowhere: what a render begun early runs beside it.</summary>
internal static class LintWarmUp
{
    public static void Run() =>
        ReportFormats.WriterFor(ReportFormat.Text, new ReportOptions(Path.GetTempPath())).Write(WarmUp.Run(), TextWriter.Null);
}
