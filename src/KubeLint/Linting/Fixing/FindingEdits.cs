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
/// do not gets none.
/// </summary>
internal sealed class FindingEdits
{
    private readonly Func<string, string?> _readText;
    private readonly ILookup<string, Finding> _byFile;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, FileState?> _files = new(StringComparer.Ordinal);

    /// <summary>Reads and checks, on every core, the files whose findings have fixes (each file is independent, so the result does not depend on the order).</summary>
    public FindingEdits(Func<string, string?> readText, IReadOnlyList<Finding> findings)
    {
        _readText = readText;
        _byFile = findings.Where(f => f.Fixes.Count > 0).ToLookup(f => f.Location.File, StringComparer.Ordinal);
        Parallel.ForEach(_byFile.Select(g => g.Key), path => _files[path] = Load(path));
    }

    /// <summary>The edits of the finding's fixes of one safety, or empty when they cannot be made in its file.</summary>
    public IReadOnlyList<RegionEdit> Of(Finding finding, FixSafety safety)
    {
        var intents = finding.Fixes.Where(f => f.Safety == safety).ToList();
        if (intents.Count == 0 || !FixPlan.IsEditable(finding) || State(finding.Location.File) is not { } file)
        {
            return [];
        }

        var (edits, _) = FileFixer.Edits(file.Text, file.Content, [.. intents.Select(i => (finding, i))], validate: false, file.Style);
        return [.. edits.OrderBy(e => e.Offset).Select(e => new RegionEdit(PositionOf(file.Style.LineStarts, e.Offset), PositionOf(file.Style.LineStarts, e.Offset + e.Length), e.Text))];
    }

    private FileState? State(string path) => _files.TryGetValue(path, out var state) ? state : null;

    private FileState? Load(string path)
    {
        if (_readText(path) is not { } text || FileFixer.Parse(text) is not ({ } content, _))
        {
            return null;
        }

        // One check of every fix of the file together: one more parse per file, not one per finding.
        var all = _byFile[path].SelectMany(f => f.Fixes.Select(i => (f, i))).ToList();
        var style = FileStyle.Of(text);
        return FileFixer.Edits(text, content, all, validate: true, style).Edits.Count > 0 ? new FileState(text, content, style) : null;
    }

    private static SourcePosition PositionOf(int[] lineStarts, int offset)
    {
        var line = Array.BinarySearch(lineStarts, offset);
        line = line >= 0 ? line : ~line - 1;
        return new SourcePosition(line + 1, offset - lineStarts[line] + 1, offset);
    }

    private sealed record FileState(string Text, YamlStreamContent Content, FileStyle Style);
}
