using System.Text.Encodings.Web;
using System.Text.Json;
using KubeLint.Linting;
using KubeLint.Linting.Baselines;
using KubeLint.Reporting.Sarif;
using KubeLint.Rules;

namespace KubeLint.Reporting;

/// <summary>A SARIF 2.1.0 log that GitHub code scanning accepts, with URIs relative to the source root.</summary>
/// <param name="options">The source root the URIs are relative to, and whether suppressed findings are included (marked as such).</param>
internal sealed class SarifReportWriter(ReportOptions options) : IReportWriter
{
    private readonly string _sourceRoot = options?.SourceRoot ?? Environment.CurrentDirectory;
    private readonly FingerprintFiles _fingerprintFiles = new();

    private const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private const string SourceRootId = "%SRCROOT%";

    private static readonly SarifContext Context = new(new JsonSerializerOptions(SarifContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <inheritdoc />
    public void Write(LintResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var ruleIndex = result.Rules.Select((rule, index) => (rule.Id, index)).ToDictionary(x => x.Id, x => x.index, StringComparer.Ordinal);
        var edits = new Linting.Fixing.FindingEdits(Linting.Fixing.FixWriter.Read, result.Findings);
        var run = new SarifRun(
            new SarifTool(new SarifDriver("kubelint", KubeLintVersion.Current, KubeLintVersion.Current, KubeLintLinks.Repository, [.. result.Rules.Select(ToRule)])),
            [new SarifInvocation(result.Errors.Count == 0, [.. result.Errors.Select(ToNotification)])],
            result.Findings.Select(f => ToResult(f, ruleIndex, edits))
                .Concat(options.ShowSuppressed ? result.Suppressed.Select(f => ToResult(f, ruleIndex, null) with { Suppressions = [Suppression(f)] }) : []),
            "utf16CodeUnits");
        JsonOutput.Write(output, new SarifLog(SchemaUri, "2.1.0", [run]), Context.SarifLog);
    }

    private static SarifRule ToRule(RuleDescriptor rule) =>
        new(
            rule.Id,
            PascalCase(rule.Name),
            new SarifText(Sentence(rule.Title)),
            new SarifText(rule.WhatItChecks),
            new SarifHelp(HelpText(rule), RuleDocs.Page(rule)),
            KubeLintLinks.RulePage(rule),
            new SarifConfiguration(Level(rule.DefaultSeverity)),
            new SarifRuleProperties(["security", rule.Category], SecuritySeverity.For(rule), SecuritySeverity.PrecisionOf(rule), ProblemSeverity(rule.DefaultSeverity)));

    private static string HelpText(RuleDescriptor rule) =>
        string.Join("\n\n", ((string[])[rule.WhyItMatters, rule.HowToFix.Length > 0 ? $"How to fix: {rule.HowToFix}" : string.Empty]).Where(part => part.Length > 0));

    private SarifResult ToResult(Finding finding, Dictionary<string, int> ruleIndex, Linting.Fixing.FindingEdits? edits)
    {
        var location = new SarifLocation(new SarifPhysicalLocation(
            new SarifArtifactLocation(ArtifactUri.From(finding.Location.File, _sourceRoot), SourceRootId),
            new SarifRegion(finding.Location.Start.Line, finding.Location.Start.Column, finding.Location.End.Line, finding.Location.End.Column)));
        IReadOnlyList<SarifRelatedLocation>? related = (finding.Rendered, finding.HelmSource) switch
        {
            ({ } rendered, _) => [new SarifRelatedLocation(1, null, new SarifText($"Line {rendered.Start.Line}, column {rendered.Start.Column} of the output of {rendered.RenderedBy}."))],
            (null, { } template) => [new SarifRelatedLocation(1, new SarifPhysicalLocation(new SarifArtifactLocation(ArtifactUri.FromRelative(template), SourceRootId), null), new SarifText($"Rendered from the Helm template {template}."))],
            _ => null,
        };
        if (finding.NamedTemplate is { } named)
        {
            related = [.. related ?? [], new SarifRelatedLocation(
                (related?.Count ?? 0) + 1,
                new SarifPhysicalLocation(
                    new SarifArtifactLocation(ArtifactUri.From(named.At.File, _sourceRoot), SourceRootId),
                    new SarifRegion(named.At.Start.Line, named.At.Start.Column, named.At.End.Line, named.At.End.Column)),
                new SarifText($"Written by the named template \"{named.Name}\", which this line includes."))];
        }

        return new SarifResult(
            finding.RuleId,
            ruleIndex.GetValueOrDefault(finding.RuleId, -1),
            Level(finding.Severity),
            new SarifText(Sentence(finding.Message)),
            [location],
            related,
            new Dictionary<string, string> { ["kubelint/v1"] = Fingerprint.Of(finding, _fingerprintFiles) })
        {
            Fixes = edits is null ? null : Fixes(finding, edits),
        };
    }

    /// <summary>The finding's safe fix and its unsafe one, each as replacements an editor can apply (none for rendered input).</summary>
    private List<SarifFix>? Fixes(Finding finding, Linting.Fixing.FindingEdits fileEdits)
    {
        if (finding.Fixes.Count == 0)
        {
            return null;
        }

        var fixes = new List<SarifFix>();
        foreach (var safety in (Rules.Fixes.FixSafety[])[Rules.Fixes.FixSafety.Safe, Rules.Fixes.FixSafety.Unsafe])
        {
            var edits = fileEdits.Of(finding, safety);
            if (edits.Count == 0)
            {
                continue;
            }

            var settings = string.Join(", ", finding.Fixes.Where(f => f.Safety == safety).Select(f => f.Setting));
            var description = safety == Rules.Fixes.FixSafety.Safe ? $"Set {settings}." : $"Set {settings} (unsafe: may change what the workload does).";
            fixes.Add(new SarifFix(
                new SarifText(SafeText.ForTerminal(description)),
                [new SarifArtifactChange(
                    new SarifArtifactLocation(ArtifactUri.From(finding.Location.File, _sourceRoot), SourceRootId),
                    [.. edits.Select(e => new SarifReplacement(new SarifRegion(e.Start.Line, e.Start.Column, e.End.Line, e.End.Column), new SarifArtifactContent(e.Text)))])]));
        }

        return fixes.Count > 0 ? fixes : null;
    }

    private static SarifSuppression Suppression(Finding finding) =>
        new(finding.SuppressionReason?.StartsWith("configuration: ", StringComparison.Ordinal) == true ? "external" : "inSource", finding.SuppressionReason ?? string.Empty);

    private SarifNotification ToNotification(InputError error) =>
        new(
            "error",
            new SarifText(Sentence(error.Message)),
            [new SarifLocation(new SarifPhysicalLocation(
                new SarifArtifactLocation(ArtifactUri.From(error.File, _sourceRoot), SourceRootId),
                error.HasPosition ? new SarifRegion(error.Line, error.Column, null, null) : null))]);

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static string ProblemSeverity(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "recommendation",
    };

    private static string Sentence(string text) => text.EndsWith('.') || text.EndsWith('!') || text.EndsWith('?') ? text : text + ".";

    private static string PascalCase(string kebab) =>
        string.Concat(kebab.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(word => char.ToUpperInvariant(word[0]) + word[1..]));
}
