using System.Text.Json.Serialization;

namespace KubeLint.Reporting.Json;

// The JSON output contract (DESIGN.md): field names, order and nulls are relied upon by other tools.
// Findings are enumerated as they are written: a report of a large repository has tens of thousands.
internal sealed record JsonReport(JsonTool Tool, IEnumerable<JsonFinding> Findings, IReadOnlyList<JsonError> Errors, JsonSummary Summary)
{
    /// <summary>Suppressed findings with their reasons, only with --show-suppressed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<JsonSuppressedFinding>? Suppressed { get; init; }

    /// <summary>What the baseline matched, only when one was applied.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonBaseline? Baseline { get; init; }
}

internal sealed record JsonSuppressedFinding(JsonFinding Finding, string Reason);

internal sealed record JsonBaseline(int Matched, int Stale);

internal sealed record JsonTool(string Name, string Version);

internal sealed record JsonFinding(
    string RuleId,
    string RuleName,
    string Category,
    string Severity,
    string Message,
    JsonObjectRef Object,
    JsonLocation Location,
    string? HelmSource)
{
    /// <summary>For findings on output KubeLint rendered: where the finding sits in that output (location is the source file).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonRendered? Rendered { get; init; }

    /// <summary>For nodes a Helm named template wrote: the template and the line of its definition (location is the line that includes it).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonNamedTemplate? NamedTemplate { get; init; }
}

internal sealed record JsonRendered(string By, int Line, int Column, int EndLine, int EndColumn);

internal sealed record JsonNamedTemplate(string Name, JsonLocation Location);

internal sealed record JsonObjectRef(string ApiVersion, string Kind, string? Namespace, string Name);

internal sealed record JsonLocation(string File, int Line, int Column, int EndLine, int EndColumn);

internal sealed record JsonError(string File, int Line, int Column, string Message);

internal sealed record JsonSummary(int Files, int Objects, int Findings, int Errors, int Suppressed);
