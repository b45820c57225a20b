using KubeLint.Linting.Configuration;
using KubeLint.Rules;
using KubeLint.Rules.Fixes;

namespace KubeLint.Linting.Fixing;

/// <summary>One file's fixed text, with the text it was computed from (a write refuses when the file no longer holds it).</summary>
internal sealed record FileChange(string File, string Original, string Fixed, int Applied);

/// <summary>
/// The fixes of a lint result: which findings (not suppressed, not in the baseline: the result holds
/// only those), which rules (<c>--rule</c>, <c>--category</c>), which safety (<c>--unsafe</c>), and
/// what becomes of each file; findings in rendered charts and kustomizations are told, not edited.
/// </summary>
internal sealed record FixPlan(IReadOnlyList<FileChange> Changes, IReadOnlyList<string> Notes, int UnsafeLeft, int Unfixable)
{
    public static FixPlan Make(LintResult result, IReadOnlyList<string> selectors, bool includeUnsafe, Func<string, string?> readText)
    {
        var notes = new List<string>();
        var unsafeLeft = 0;
        var byFile = new Dictionary<string, List<(Finding, FixIntent)>>(StringComparer.Ordinal);
        bool Chosen(string ruleId) => selectors.Count == 0 || (result.Rules.FirstOrDefault(r => r.Id == ruleId) is { } rule && selectors.Any(s => RuleSelector.Matches(s, rule)));
        var unfixable = 0;
        foreach (var finding in result.Findings)
        {
            // A finding that reports several rules together (restricted-hardening) is chosen by any of them, and brings only their fixes.
            var intents = finding.Fixes.Where(f => Chosen(finding.RuleId) || Chosen(f.RuleId)).ToList();
            if (intents.Count == 0)
            {
                unfixable += finding.Fixes.Count == 0 && Chosen(finding.RuleId) ? 1 : 0;
                continue;
            }

            foreach (var intent in intents)
            {
                if (intent.Safety == FixSafety.Unsafe && !includeUnsafe)
                {
                    unsafeLeft++;
                }
                else if (!IsEditable(finding))
                {
                    // A chart rendered by the run: its templates are not edited; say where and what.
                    var where = finding.Location.File == "-" ? "standard input" : $"{finding.Location.File}:{finding.Location.Start}";
                    notes.Add($"{where}: set {intent.Setting} in {intent.Target} of {finding.Object.Kind} {finding.Object.Name} (rendered or read from standard input: not edited)");
                }
                else
                {
                    if (!byFile.TryGetValue(finding.Location.File, out var list))
                    {
                        byFile[finding.Location.File] = list = [];
                    }

                    list.Add((finding, intent));
                }
            }
        }

        var changes = new List<FileChange>();
        foreach (var (file, fixes) in byFile.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (readText(file) is not { } text)
            {
                notes.Add($"{file}: cannot be read again; not fixed");
                continue;
            }

            var (fixedText, refusals) = FileFixer.Apply(text, fixes);
            notes.AddRange(refusals.Select(r => $"{file}: {r}"));
            if (fixedText is not null && fixedText != text)
            {
                changes.Add(new FileChange(file, text, fixedText, fixes.Count));
            }
        }

        return new FixPlan(changes, notes, unsafeLeft, unfixable);
    }

    /// <summary>Whether the finding's own file is edited: a plain file, or the resource or patch of a kustomize build (not a chart's template, not standard input).</summary>
    internal static bool IsEditable(Finding finding) =>
        finding.Location.File != "-" && (finding.Rendered is null || IsKustomizeSource(finding));

    /// <summary>A finding of a kustomize build located in the plain YAML resource or patch that wrote the node (not in the kustomization file itself).</summary>
    private static bool IsKustomizeSource(Finding finding) =>
        finding.Rendered!.RenderedBy.StartsWith("kustomize", StringComparison.Ordinal)
        && finding.HelmSource is null
        && Path.GetFileName(finding.Location.File) is not ("kustomization.yaml" or "kustomization.yml" or "Kustomization");
}
