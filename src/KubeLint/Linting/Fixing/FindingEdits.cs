using KubeLint.Rules;
using KubeLint.Rules.Fixes;
using KubeLint.Yaml;

namespace KubeLint.Linting.Fixing;

/// <summary>One replacement of a finding's fix, as a region of the file (1-based, UTF-16 columns) and the text that replaces it.</summary>
internal readonly record struct RegionEdit(SourcePosition Start, SourcePosition End, string Text);

/// <summary>
/// The edits of each finding's own fixes, apart from the others' (what SARIF's <c>fixes</c> carry,
/// so that an editor can apply one finding's fix alone); the file texts are read once each.
/// </summary>
internal sealed class FindingEdits(Func<string, string?> readText)
{
    private readonly Dictionary<string, (string? Text, int[] LineStarts)> _files = new(StringComparer.Ordinal);

    /// <summary>The edits of the finding's fixes of one safety, or empty when they cannot be made in its file.</summary>
    public IReadOnlyList<RegionEdit> Of(Finding finding, FixSafety safety)
    {
        var intents = finding.Fixes.Where(f => f.Safety == safety).ToList();
        if (intents.Count == 0 || finding.Rendered is not null || finding.Location.File == "-")
        {
            return [];
        }

        if (!_files.TryGetValue(finding.Location.File, out var file))
        {
            var text = readText(finding.Location.File);
            _files[finding.Location.File] = file = (text, text is null ? [] : MappingEditor.LineStarts(text));
        }

        if (file.Text is null)
        {
            return [];
        }

        var (edits, _) = FileFixer.Edits(file.Text, [.. intents.Select(i => (finding, i))]);
        return [.. edits.OrderBy(e => e.Offset).Select(e => new RegionEdit(PositionOf(file.LineStarts, e.Offset), PositionOf(file.LineStarts, e.Offset + e.Length), e.Text))];
    }

    private static SourcePosition PositionOf(int[] lineStarts, int offset)
    {
        var line = Array.BinarySearch(lineStarts, offset);
        line = line >= 0 ? line : ~line - 1;
        return new SourcePosition(line + 1, offset - lineStarts[line] + 1, offset);
    }
}
