using System.Collections.Concurrent;
using KubeLint.Rules;
using KubeLint.Rules.Fixes;
using KubeLint.Yaml;

namespace KubeLint.Linting.Fixing;

/// <summary>One replacement of a finding's fix, as a region of the file (1-based, UTF-16 columns) and the text that replaces it.</summary>
internal readonly record struct RegionEdit(SourcePosition Start, SourcePosition End, string Text);

/// <summary>
/// The edits of each finding's own fixes, apart from the others' (what SARIF's <c>fixes</c> carry,
/// so that an editor can apply one finding's fix alone). Each file is read and parsed once, and
/// all its findings' fixes are checked together once to give a file that parses; a file where they
/// do not gets none. Only the edits are kept: a file's text and tree are dropped once its findings'
/// edits are made (holding every tree of a large repository took a gigabyte).
/// </summary>
internal sealed class FindingEdits
{
    private static readonly FixSafety[] Safeties = [FixSafety.Safe, FixSafety.Unsafe];

    private readonly ConcurrentDictionary<Finding, IReadOnlyList<RegionEdit>[]> _edits = new(ReferenceEqualityComparer.Instance);

    /// <summary>Reads and checks, on every core, the files whose findings have fixes (each file is independent, so the result does not depend on the order).</summary>
    public FindingEdits(Func<string, string?> readText, IReadOnlyList<Finding> findings)
    {
        var byFile = findings.Where(f => f.Fixes.Count > 0).ToLookup(f => f.Location.File, StringComparer.Ordinal);
        Parallel.ForEach(byFile, file => AddEditsOf(readText, file.Key, [.. file]));
    }

    /// <summary>The edits of the finding's fixes of one safety, or empty when they cannot be made in its file.</summary>
    public IReadOnlyList<RegionEdit> Of(Finding finding, FixSafety safety) =>
        _edits.TryGetValue(finding, out var bySafety) ? bySafety[Array.IndexOf(Safeties, safety)] : [];

    private void AddEditsOf(Func<string, string?> readText, string path, Finding[] findings)
    {
        if (readText(path) is not { } text || FileFixer.Parse(text) is not ({ } content, _))
        {
            return;
        }

        // One check of every fix of the file together: one more parse per file, not one per finding.
        var style = FileStyle.Of(text);
        if (FileFixer.Edits(text, content, [.. findings.SelectMany(f => f.Fixes.Select(i => (f, i)))], validate: true, style).Edits.Count == 0)
        {
            return;
        }

        foreach (var finding in findings.Where(FixPlan.IsEditable))
        {
            _edits[finding] = [.. Safeties.Select(safety => EditsOf(finding, safety, text, content, style))];
        }
    }

    private static IReadOnlyList<RegionEdit> EditsOf(Finding finding, FixSafety safety, string text, YamlStreamContent content, FileStyle style)
    {
        var intents = finding.Fixes.Where(f => f.Safety == safety).ToList();
        if (intents.Count == 0)
        {
            return [];
        }

        var (edits, _) = FileFixer.Edits(text, content, [.. intents.Select(i => (finding, i))], validate: false, style);
        return [.. edits.OrderBy(e => e.Offset).Select(e => new RegionEdit(PositionOf(style.LineStarts, e.Offset), PositionOf(style.LineStarts, e.Offset + e.Length), e.Text))];
    }

    private static SourcePosition PositionOf(int[] lineStarts, int offset)
    {
        var line = Array.BinarySearch(lineStarts, offset);
        line = line >= 0 ? line : ~line - 1;
        return new SourcePosition(line + 1, offset - lineStarts[line] + 1, offset);
    }
}
