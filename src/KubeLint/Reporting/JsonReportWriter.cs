using KubeLint.Yaml;
using System.Text.Encodings.Web;
using System.Text.Json;
using KubeLint.Linting;
using KubeLint.Reporting.Json;
using KubeLint.Rules;

namespace KubeLint.Reporting;

/// <summary>The JSON report: <c>{tool, findings, errors, summary}</c> exactly as documented.</summary>
internal sealed class JsonReportWriter(ReportOptions options) : IReportWriter
{
    private static readonly JsonReportContext Context = new(new JsonSerializerOptions(JsonReportContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <inheritdoc />
    public void Write(LintResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var report = new JsonReport(
            new JsonTool("kubelint", KubeLintVersion.Current),
            result.Findings.Select(ToJson),
            [.. result.Errors.Select(e => new JsonError(e.File, e.Line, e.Column, e.Message))],
            new JsonSummary(result.Summary.Files, result.Summary.Objects, result.Summary.Findings, result.Summary.Errors, result.Summary.Suppressed))
        {
            Suppressed = options?.ShowSuppressed == true ? [.. result.Suppressed.Select(f => new JsonSuppressedFinding(ToJson(f), f.SuppressionReason ?? string.Empty))] : null,
            Baseline = result.Baseline is { } baseline ? new JsonBaseline(baseline.Matched, baseline.Stale) : null,
        };
        JsonOutput.Write(output, report, Context.JsonReport);
    }

    private static JsonFinding ToJson(Finding finding) =>
        new(
            finding.RuleId,
            finding.RuleName,
            finding.Category,
            finding.Severity.ToName(),
            finding.Message,
            new JsonObjectRef(finding.Object.ApiVersion, finding.Object.Kind, finding.Object.Namespace, finding.Object.Name),
            Location(finding.Location),
            finding.HelmSource)
        {
            Rendered = finding.Rendered is { } rendered
                ? new JsonRendered(rendered.RenderedBy, rendered.Start.Line, rendered.Start.Column, rendered.End.Line, rendered.End.Column)
                : null,
            NamedTemplate = finding.NamedTemplate is { } named ? new JsonNamedTemplate(named.Name, Location(named.At)) : null,
        };

    private static JsonLocation Location(SourceSpan span) => new(span.File, span.Start.Line, span.Start.Column, span.End.Line, span.End.Column);
}
