using System.Text.Encodings.Web;
using System.Text.Json;
using KubeLint.Rules;

namespace KubeLint.Linting.Baselines;

/// <summary>
/// Findings accepted when a repository adopts KubeLint, keyed by fingerprints that ignore line and
/// column, so unrelated edits (inserted lines, reordered documents) keep them matched.
/// </summary>
public sealed class Baseline
{
    private const string ToolName = "kubelint";
    private const int FormatVersion = 1;

    private static readonly BaselineContext Context = new(new JsonSerializerOptions(BaselineContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    private Baseline(IReadOnlyList<BaselineEntry> entries) => Entries = entries;

    /// <summary>The accepted findings, sorted by file, rule and fingerprint.</summary>
    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>A baseline that accepts every finding of <paramref name="result"/>.</summary>
    public static Baseline From(LintResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var files = new FingerprintFiles();
        return new Baseline([.. result.Findings
            .Select(f => new BaselineEntry(Fingerprint.Of(f, files), f.RuleId, files.KeyOf(f.Location.File), f.Object.Display, f.Message))
            .OrderBy(e => e.File, StringComparer.Ordinal)
            .ThenBy(e => e.RuleId, StringComparer.Ordinal)
            .ThenBy(e => e.Fingerprint, StringComparer.Ordinal)]);
    }

    /// <summary>Reads a baseline file; the error says why it could not be read.</summary>
    public static (Baseline? Baseline, string? Error) Load(string path)
    {
        try
        {
            var document = JsonSerializer.Deserialize(File.ReadAllText(path), Context.BaselineDocument);
            if (document is not { Tool: ToolName, Version: FormatVersion, Findings: not null })
            {
                return (null, $"{path} is not a kubelint baseline (version {FormatVersion})");
            }

            return (new Baseline(document.Findings), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return (null, $"cannot read baseline {path}: {e.Message}");
        }
    }

    /// <summary>Writes the baseline as JSON.</summary>
    public void Write(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        JsonOutput.Write(output, new BaselineDocument(ToolName, FormatVersion, Entries), Context.BaselineDocument);
    }

    /// <summary>Splits findings into those the baseline does not list (new) and counts the rest.</summary>
    internal (List<Finding> New, BaselineOutcome Outcome) Apply(IReadOnlyList<Finding> findings)
    {
        var remaining = Entries.GroupBy(e => e.Fingerprint, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var fresh = new List<Finding>();
        var files = new FingerprintFiles();
        var matched = 0;
        foreach (var finding in findings)
        {
            var key = Fingerprint.Of(finding, files);
            if (remaining.TryGetValue(key, out var count) && count > 0)
            {
                remaining[key] = count - 1;
                matched++;
            }
            else
            {
                fresh.Add(finding);
            }
        }

        return (fresh, new BaselineOutcome(matched, remaining.Values.Sum()));
    }
}
