using KubeLint.Manifests.Index;
using KubeLint.Yaml;

namespace KubeLint.Rules;

/// <summary>What a <see cref="CrossObjectRule"/> sees (the whole input's index) and where it reports.</summary>
internal sealed class CrossObjectContext(ManifestIndex index, FindingSink sink, Func<string, IRulePolicy> settingsFor)
{
    public ManifestIndex Index { get; } = index;

    public CrossObjectRule? CurrentRule { get; set; }

    public IRulePolicy SettingsFor(ObjectFacts obj) => settingsFor(obj.Source.File);

    public void Report(ObjectFacts obj, SourceSpan span, string path, string message, Severity? severity = null)
    {
        var rule = CurrentRule?.Descriptor ?? throw new InvalidOperationException("Report is only valid while a rule runs.");
        var draft = new FindingDraft(rule, severity ?? rule.DefaultSeverity, message, obj.Ref, obj.Source, span, path, null, obj.Suppressions);
        sink.Add(draft, SettingsFor(obj));
    }

    public void Report<T>(ObjectFacts obj, Located<T> at, string message, Severity? severity = null) =>
        Report(obj, at.Span, at.Path, message, severity);
}
