using System.Text.Json.Serialization;

namespace KubeLint.Reporting.Sarif;

// A small model of the SARIF 2.1.0 objects KubeLint writes (OASIS SARIF 2.1.0, sections 3.13-3.59).

internal sealed record SarifLog(
    [property: JsonPropertyName("$schema")] string Schema,
    string Version,
    IReadOnlyList<SarifRun> Runs);

// Results are enumerated as they are written: a run's results are as many as its findings.
internal sealed record SarifRun(
    SarifTool Tool,
    IReadOnlyList<SarifInvocation> Invocations,
    IEnumerable<SarifResult> Results,
    string ColumnKind);

internal sealed record SarifTool(SarifDriver Driver);

internal sealed record SarifDriver(
    string Name,
    string Version,
    string SemanticVersion,
    string InformationUri,
    IReadOnlyList<SarifRule> Rules);

internal sealed record SarifRule(
    string Id,
    string Name,
    SarifText ShortDescription,
    SarifText FullDescription,
    SarifHelp Help,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? HelpUri,
    SarifConfiguration DefaultConfiguration,
    SarifRuleProperties Properties);

internal sealed record SarifText(string Text);

internal sealed record SarifHelp(string Text, string Markdown);

internal sealed record SarifConfiguration(string Level);

internal sealed record SarifRuleProperties(
    IReadOnlyList<string> Tags,
    [property: JsonPropertyName("security-severity")] string SecuritySeverity,
    string Precision,
    [property: JsonPropertyName("problem.severity")] string ProblemSeverity);

internal sealed record SarifInvocation(
    bool ExecutionSuccessful,
    IReadOnlyList<SarifNotification> ToolExecutionNotifications);

internal sealed record SarifNotification(string Level, SarifText Message, IReadOnlyList<SarifLocation> Locations);

internal sealed record SarifResult(
    string RuleId,
    int RuleIndex,
    string Level,
    SarifText Message,
    IReadOnlyList<SarifLocation> Locations,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<SarifRelatedLocation>? RelatedLocations,
    IReadOnlyDictionary<string, string> PartialFingerprints)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<SarifSuppression>? Suppressions { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<SarifFix>? Fixes { get; init; }
}

internal sealed record SarifFix(SarifText Description, IReadOnlyList<SarifArtifactChange> ArtifactChanges);

internal sealed record SarifArtifactChange(SarifArtifactLocation ArtifactLocation, IReadOnlyList<SarifReplacement> Replacements);

internal sealed record SarifReplacement(SarifRegion DeletedRegion, SarifArtifactContent InsertedContent);

internal sealed record SarifArtifactContent(string Text);

internal sealed record SarifSuppression(string Kind, string Justification);

internal sealed record SarifLocation(SarifPhysicalLocation PhysicalLocation);

internal sealed record SarifRelatedLocation(
    int Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SarifPhysicalLocation? PhysicalLocation,
    SarifText Message);

internal sealed record SarifPhysicalLocation(
    SarifArtifactLocation ArtifactLocation,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SarifRegion? Region);

internal sealed record SarifArtifactLocation(string Uri, string UriBaseId);

internal sealed record SarifRegion(
    int StartLine,
    int StartColumn,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? EndLine,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? EndColumn);
