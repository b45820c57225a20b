using KubeLint.Manifests;
using KubeLint.Manifests.Suppressions;
using KubeLint.Yaml;

namespace KubeLint.Rules;

/// <summary>
/// Collects the findings of one unit of work, applying severity overrides and suppressions as they
/// arrive. The same finding reported again (a node reached through many aliases, a rule run once per
/// pod spec of an object) is kept once, so memory follows distinct content, not fan-out.
/// </summary>
internal sealed class FindingSink(FindingPool? pool = null)
{
    private HashSet<Finding>? _seen = [];

    public List<Finding> Findings { get; } = [];

    public List<Finding> Suppressed { get; } = [];

    /// <summary>
    /// Drops what the duplicate check remembers once nothing more will be added (a file's findings
    /// are kept to the end of the run; the set that checked them for duplicates need not be).
    /// </summary>
    public void Complete() => _seen = null;

    private HashSet<Finding> Seen => _seen ?? throw new InvalidOperationException("findings added after the sink was completed");

    /// <summary>Adds findings a suppression already accepted.</summary>
    public void AddSuppressed(IEnumerable<Finding> suppressed)
    {
        foreach (var finding in suppressed)
        {
            if (Seen.Add(finding))
            {
                Suppressed.Add(finding);
            }
        }
    }

    public void Add(in FindingDraft draft, IRulePolicy settings)
    {
        var rule = draft.Rule;
        if (!settings.IsEnabled(rule))
        {
            return;
        }

        var finding = new Finding
        {
            RuleId = rule.Id,
            RuleName = rule.Name,
            Category = rule.Category,
            Severity = settings.SeverityFor(rule, draft.Severity),
            Message = Pooled(Bounded(draft.Message)),
            Object = draft.Object,
            Location = draft.Span,
            HelmSource = draft.Source.HelmSource,
            Path = Pooled(draft.Path),
            Container = draft.Container is null ? null : Pooled(Manifests.InputValue.Quoted(draft.Container)),
        };

        if (!Seen.Add(finding))
        {
            return;
        }

        // Attached after the duplicate check: a list compares by reference, and two equal findings are one.
        if (draft.Fixes is { Count: > 0 } fixes)
        {
            finding = finding with { Fixes = pool is null ? fixes : pool.Get(fixes) };
        }

        var annotation = settings.IsStrict(rule) ? null : draft.Suppressions.Find(rule.Id, rule.Name, draft.Container);
        var reason = annotation is { Reason.Length: > 0 } ? annotation.Reason : settings.IgnoreReason(rule, draft.Object) is { } ignored ? $"configuration: {ignored}" : null;
        if (reason is not null)
        {
            Suppressed.Add(finding with { SuppressionReason = reason });
        }
        else
        {
            Findings.Add(finding);
        }
    }

    private string Pooled(string value) => pool?.Strings.Get(value) ?? value;

    /// <summary>A message quoting input values is cut at a length no honest message reaches (names are quoted at most 253 characters each).</summary>
    private static string Bounded(string message) =>
        message.Length <= MaxMessageLength ? message : string.Concat(message.AsSpan(0, MaxMessageLength), "… (cut: it quotes a value longer than Kubernetes allows)");

    private const int MaxMessageLength = 2048;
}
