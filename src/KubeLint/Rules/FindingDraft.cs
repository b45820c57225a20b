using KubeLint.Manifests;
using KubeLint.Manifests.Suppressions;
using KubeLint.Yaml;

namespace KubeLint.Rules;

/// <summary>A finding as a rule reports it, before configuration and suppressions are applied.</summary>
internal readonly record struct FindingDraft(
    RuleDescriptor Rule,
    Severity Severity,
    string Message,
    ObjectRef Object,
    ManifestSource Source,
    SourceSpan Span,
    string Path,
    string? Container,
    SuppressionSet Suppressions,
    IReadOnlyList<Fixes.FixIntent>? Fixes = null);
