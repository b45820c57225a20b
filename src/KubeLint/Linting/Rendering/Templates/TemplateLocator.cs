namespace KubeLint.Linting.Rendering.Templates;

/// <summary>
/// Finds the template line that wrote a line of <c>helm template</c> output: aligns the rendered
/// document with its template (<see cref="TemplateAligner"/>), and follows an included named template
/// into its definition. Alignments are made once per document and kept.
/// </summary>
/// <param name="rendered">The rendered output's lines.</param>
/// <param name="templates">The chart's templates.</param>
internal sealed class TemplateLocator(IReadOnlyList<string> rendered, ChartTemplates templates)
{
    private const int MaxIncludeDepth = 4;
    private const string SourcePrefix = "# Source: ";

    private readonly Dictionary<DocumentKey, AlignedLine[]?> _documents = [];
    private readonly Dictionary<IncludeKey, AlignedLine[]?> _included = [];

    /// <summary>Where rendered line <paramref name="line"/>, column <paramref name="column"/> (1-based) was written, or null when the alignment cannot say.</summary>
    public TemplateHit? Locate(int line, int column, string templateFile)
    {
        if (templates.Template(templateFile) is not { } template || DocumentAround(line - 1) is not { } document)
        {
            return null;
        }

        var aligned = Aligned(templateFile, template.Patterns, document);
        if (aligned is null || aligned[line - 1 - document.Start] is not { Pattern: >= 0 } here)
        {
            return null;
        }

        return Find(templateFile, template.Patterns.Body, aligned, document.Start, line - 1, column, indent: 0, depth: 0);
    }

    /// <summary>
    /// Aligns the output's documents with their templates in order, ahead of the findings that will ask
    /// for them, until <paramref name="stop"/> says to. <paramref name="templateFileOf"/> gives the
    /// template file a <c># Source:</c> path names, or null.
    /// </summary>
    public void AlignAhead(Func<string, string?> templateFileOf, Func<bool> stop)
    {
        for (var i = 0; i + 1 < rendered.Count && !stop(); i++)
        {
            if (rendered[i].StartsWith(SourcePrefix, StringComparison.Ordinal) && (i == 0 || IsSeparator(rendered[i - 1])) && !IsSeparator(rendered[i + 1])
                && templateFileOf(rendered[i][SourcePrefix.Length..].Trim()) is { } file
                && templates.Template(file) is { } template
                && DocumentAround(i + 1) is { } document
                && Aligned(file, template.Patterns, document) is { } aligned)
            {
                AlignIncludedAhead(file, template.Patterns.Body, aligned, document.Start);
            }
        }
    }

    /// <summary>
    /// Aligns the text each include in a document wrote with its named template, asking as a finding
    /// would: at the first written line of each block a writer continues over, at its first character.
    /// </summary>
    private void AlignIncludedAhead(string file, IReadOnlyList<PatternLine> patterns, AlignedLine[] aligned, int offset)
    {
        var block = -1;
        for (var k = 0; k < aligned.Length; k++)
        {
            if (aligned[k] is not { Pattern: >= 0, Continues: true } here)
            {
                block = -1;
                continue;
            }

            var text = rendered[offset + k];
            if (here.Pattern != block && !string.IsNullOrWhiteSpace(text))
            {
                block = here.Pattern;
                Find(file, patterns, aligned, offset, offset + k, column: text.Length - text.TrimStart().Length + 1, indent: 0, depth: 0);
            }
        }
    }

    private AlignedLine[]? Aligned(string templateFile, TemplatePatterns patterns, (int Start, int End) document)
    {
        var key = new DocumentKey(templateFile, document.Start);
        if (!_documents.TryGetValue(key, out var aligned))
        {
            aligned = TemplateAligner.Align(Slice(document.Start, document.End), patterns.Body);
            _documents[key] = aligned;
        }

        return aligned;
    }

    /// <summary>
    /// The place in <paramref name="file"/> that wrote rendered line <paramref name="index"/> (0-based,
    /// aligned from <paramref name="offset"/>), and the innermost named template line it includes.
    /// </summary>
    private TemplateHit? Find(
        string file, IReadOnlyList<PatternLine> patterns, AlignedLine[] aligned, int offset, int index, int column, int indent, int depth)
    {
        var here = aligned[index - offset];
        var pattern = patterns[here.Pattern];
        PatternSegment? writer;
        TemplatePlace at;
        if (here.Continues)
        {
            writer = pattern.LastWriter!;
            at = Place(file, writer);
        }
        else
        {
            // A blank line holds no node, and a pattern matches it without placing its literals.
            var starts = new List<int>();
            if (string.IsNullOrWhiteSpace(rendered[index]) || pattern.Match(rendered[index], indent, anyIndent: true, starts) is null)
            {
                return null;
            }

            writer = pattern.WriterAt(column, starts);
            if (writer is null)
            {
                var (line, col) = pattern.PositionOf(column, starts);
                return new TemplateHit(new TemplatePlace(file, line, col, templates.LineEnd(file, line)), null, null);
            }

            at = Place(file, writer);
        }

        if (writer.Action?.TemplateName is not { } name || depth >= MaxIncludeDepth || templates.Named(name) is not { } definition)
        {
            return new TemplateHit(at, null, null);
        }

        // The lines this pass of the pattern line wrote: its first line when the included text starts it, and those that go on.
        var first = index;
        while (first > offset && aligned[first - offset].Continues && aligned[first - offset].Pattern == here.Pattern)
        {
            first--;
        }

        var blockStart = pattern.StartsWithHole ? first : first + 1;
        var blockEnd = index + 1;
        while (blockEnd - offset < aligned.Length && aligned[blockEnd - offset] is { Continues: true } next && next.Pattern == here.Pattern)
        {
            blockEnd++;
        }

        if (index < blockStart)
        {
            return new TemplateHit(at, null, null);
        }

        var innerIndent = indent + writer.Action.Indent;
        var includeKey = new IncludeKey(name, blockStart, blockEnd, innerIndent);
        if (!_included.TryGetValue(includeKey, out var inner))
        {
            inner = TemplateAligner.Align(Slice(blockStart, blockEnd), definition.Lines, innerIndent, anyIndent: true);
            _included[includeKey] = inner;
        }

        if (inner is null || inner[index - blockStart].Pattern < 0)
        {
            return new TemplateHit(at, null, null);
        }

        // The innermost named template that wrote the line is the one worth naming.
        return Find(definition.File, definition.Lines, inner, blockStart, index, column, innerIndent, depth + 1) is { } deeper
            ? new TemplateHit(at, deeper.NamedTemplate ?? name, deeper.InNamedTemplate ?? deeper.At)
            : new TemplateHit(at, null, null);
    }

    private static TemplatePlace Place(string file, PatternSegment segment) => new(file, segment.Line, segment.Column, segment.EndColumn);

    /// <summary>The content lines of the document of Helm's output holding line <paramref name="index"/> (0-based): after its <c># Source:</c> line, up to the next <c>---</c>.</summary>
    private (int Start, int End)? DocumentAround(int index)
    {
        if (index < 0 || index >= rendered.Count || IsSeparator(rendered[index]))
        {
            return null;
        }

        var start = index;
        while (start > 0 && !(rendered[start - 1].StartsWith(SourcePrefix, StringComparison.Ordinal) && (start == 1 || IsSeparator(rendered[start - 2]))))
        {
            if (IsSeparator(rendered[start - 1]))
            {
                return null;
            }

            start--;
        }

        var end = index + 1;
        while (end < rendered.Count && !IsSeparator(rendered[end]))
        {
            end++;
        }

        // Helm trims the whitespace around each document; a blank line at the end is the output's last newline,
        // and none of those wrote anything (the same end for every line keeps one alignment per document).
        while (end > start && string.IsNullOrWhiteSpace(rendered[end - 1]))
        {
            end--;
        }

        return start > 0 && index < end ? (start, end) : null;
    }

    private static bool IsSeparator(string line) => line.TrimEnd() == "---";

    private List<string> Slice(int start, int end)
    {
        var lines = new List<string>(end - start);
        for (var i = start; i < end; i++)
        {
            lines.Add(rendered[i]);
        }

        return lines;
    }

    // Keys of reference type: dictionaries over them share code ReadyToRun has compiled ahead; over tuples they are compiled when a chart is first linted.
    private sealed record DocumentKey(string File, int Start);

    private sealed record IncludeKey(string Name, int Start, int End, int Indent);
}
