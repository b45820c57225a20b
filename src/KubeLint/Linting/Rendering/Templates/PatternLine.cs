namespace KubeLint.Linting.Rendering.Templates;

/// <summary>
/// A piece of a pattern line: literal text the template writes as it stands, or a hole an action
/// fills; both with where they start in the template (1-based).
/// </summary>
/// <param name="Literal">The text, or null for a hole.</param>
/// <param name="Action">For a hole, the action that fills it; null for text and for the wildcard that stands for inline control.</param>
/// <param name="Line">Template line of the first character.</param>
/// <param name="Column">Template column of the first character.</param>
/// <param name="EndColumn">For an action, the column after its <c>}}</c> when that is on the same line; else the line's end.</param>
internal sealed record PatternSegment(string? Literal, TemplateAction? Action, int Line, int Column, int EndColumn)
{
    public bool IsHole => Literal is null;
}

/// <summary>Which branch of a control block (<c>if</c>/<c>else</c>, <c>range</c>/<c>else</c>, <c>with</c>/<c>else</c>) a line is in.</summary>
/// <param name="Block">The block, numbered in template order.</param>
/// <param name="Branch">0 for the first branch, 1 after the first <c>else</c>, and so on.</param>
internal sealed record BranchOf(int Block, int Branch);

/// <summary>
/// One line of what a template writes, as a pattern: literal text with holes where actions write.
/// A rendered line is written by it when it matches (holes match anything, literal text must be there
/// as it stands); a line with a writing action may go on over the following rendered lines.
/// </summary>
internal sealed class PatternLine
{
    private const string Punctuation = "-:|>\"'{}[],";

    private readonly bool _onlyIndentation;
    private readonly string? _prefix;
    private readonly string? _trimmedPrefix;

    public PatternLine(IReadOnlyList<PatternSegment> segments)
    {
        Segments = segments;
        var text = new System.Text.StringBuilder();
        var isBlank = true;
        var onlyIndentation = true;
        var isLiteral = true;
        var holeSeen = false;
        var blankBeforeHole = true;
        foreach (var segment in segments)
        {
            if (segment.IsHole)
            {
                isBlank = isLiteral = false;
                holeSeen = true;
                LastWriter = segment.Action is { Kind: ActionKind.Writer } ? segment : LastWriter;
                continue;
            }

            var literal = segment.Literal!;
            text.Append(literal);
            var whitespaceOnly = string.IsNullOrWhiteSpace(literal);
            isBlank &= whitespaceOnly;
            onlyIndentation &= whitespaceOnly;
            blankBeforeHole &= holeSeen || whitespaceOnly;
            foreach (var c in literal)
            {
                if (!char.IsWhiteSpace(c))
                {
                    LiteralCharacters++;
                    Specificity += Punctuation.Contains(c) ? 0 : 1;
                }
            }
        }

        IsBlank = isBlank;
        IsLiteral = isLiteral;
        _onlyIndentation = onlyIndentation;
        StartsWithHole = blankBeforeHole && holeSeen;
        Text = text.ToString();
        Anchor = AnchorOf(segments);
        _prefix = segments.Count > 0 && !segments[0].IsHole ? segments[0].Literal : null;
        _trimmedPrefix = _prefix?.TrimStart();
    }

    public IReadOnlyList<PatternSegment> Segments { get; }

    /// <summary>The control blocks the line is in, outermost first, and in which of their branches.</summary>
    public IReadOnlyList<BranchOf> Context { get; init; } = [];

    /// <summary>Non-whitespace, non-punctuation literal characters: how sure a match is.</summary>
    public int Specificity { get; }

    /// <summary>Non-whitespace literal characters: how much of a rendered line the template wrote as it stands.</summary>
    public int LiteralCharacters { get; }

    /// <summary>Writes nothing but whitespace (a blank line, or a line of control actions).</summary>
    public bool IsBlank { get; }

    /// <summary>Whether the line is literal text only, which renders exactly as <see cref="Text"/>.</summary>
    public bool IsLiteral { get; }

    /// <summary>The line's literal text, holes left out.</summary>
    public string Text { get; }

    /// <summary>The last action on the line that writes content; its output may go on over several lines.</summary>
    public PatternSegment? LastWriter { get; }

    /// <summary>Where the line is named in findings: its first non-blank literal, else its first hole.</summary>
    public (int Line, int Column) Anchor { get; }

    /// <summary>Whether nothing but whitespace comes before the first hole (what the hole writes starts the line).</summary>
    public bool StartsWithHole { get; }

    /// <summary>
    /// Whether <paramref name="rendered"/> is a line this pattern writes, with <paramref name="indent"/>
    /// spaces before it (what an <c>indent</c>/<c>nindent</c> of an including action adds);
    /// <paramref name="anyIndent"/> also accepts other indentation.
    /// </summary>
    /// <returns>The cost of the match (lower is surer), or null; and where each literal segment starts in <paramref name="rendered"/>.</returns>
    public double? Match(string rendered, int indent, bool anyIndent, List<int>? starts) =>
        Match(rendered, rendered.Length - rendered.AsSpan().TrimStart().Length, indent, anyIndent, starts);

    /// <summary>As <see cref="Match(string, int, bool, List{int}?)"/>, for a line whose leading whitespace is <paramref name="lineIndent"/> characters long.</summary>
    public double? Match(string rendered, int lineIndent, int indent, bool anyIndent, List<int>? starts)
    {
        var blank = lineIndent == rendered.Length;
        if (IsBlank || (_onlyIndentation && blank))
        {
            // A line of indentation and actions that wrote nothing on it (their output, if any, starts on the next line).
            return blank ? 0.1 : null;
        }

        if (lineIndent >= indent && Glob(rendered, indent, trimStart: false, starts))
        {
            return CostOf(rendered);
        }

        if (anyIndent && Glob(rendered, lineIndent, trimStart: true, starts))
        {
            return CostOf(rendered) + 0.2;
        }

        return null;
    }

    /// <summary>A line the template wrote more of as it stands is the likelier writer of the rendered line.</summary>
    private double CostOf(string rendered)
    {
        var written = rendered.AsSpan().Count(' ') + rendered.AsSpan().Count('\t');
        var visible = Math.Max(1, rendered.Length - written);
        return (Specificity >= 2 ? 0 : Specificity == 1 ? 0.2 : 0.5) + (0.1 * Math.Max(0, visible - LiteralCharacters) / visible);
    }

    /// <summary>The template position of rendered column <paramref name="column"/> (1-based), given where the literals matched.</summary>
    public (int Line, int Column) PositionOf(int column, List<int> starts)
    {
        var literal = 0;
        var index = column - 1;
        foreach (var segment in Segments)
        {
            if (segment.IsHole)
            {
                continue;
            }

            var start = starts[literal++];
            var text = segment.Literal!;
            if (start >= 0 && index >= start && index < start + text.Length && !char.IsWhiteSpace(text[index - start]))
            {
                return (segment.Line, segment.Column + (index - start));
            }
        }

        return Anchor;
    }

    /// <summary>The writing action whose output holds rendered column <paramref name="column"/> (1-based), given where the literals matched; null inside literal text.</summary>
    public PatternSegment? WriterAt(int column, List<int> starts)
    {
        var index = column - 1;
        var literal = 0;
        var holeStart = 0;
        PatternSegment? writer = null;
        foreach (var segment in Segments)
        {
            if (segment.IsHole)
            {
                writer ??= segment.Action is { Kind: ActionKind.Writer } ? segment : null;
                continue;
            }

            var start = starts[literal++];
            if (writer is not null && index >= holeStart && index < start)
            {
                return writer;
            }

            if (index >= start && index < start + segment.Literal!.Length)
            {
                return null;
            }

            holeStart = start + segment.Literal!.Length;
            writer = null;
        }

        return writer is not null && index >= holeStart ? writer : null;
    }

    private bool Glob(string rendered, int offset, bool trimStart, List<int>? starts)
    {
        starts?.Clear();
        var prefix = trimStart ? _trimmedPrefix : _prefix;

        if (prefix is not null && string.CompareOrdinal(rendered, offset, prefix, 0, prefix.Length) != 0)
        {
            return false;
        }

        var position = offset;
        for (var k = 0; k < Segments.Count; k++)
        {
            var segment = Segments[k];
            if (segment.IsHole)
            {
                continue;
            }

            var text = k == 0 ? prefix! : segment.Literal!;
            int found;
            if (k == 0)
            {
                found = offset;
            }
            else if (k == Segments.Count - 1)
            {
                found = rendered.Length - text.Length;
                if (found < position || string.CompareOrdinal(rendered, found, text, 0, text.Length) != 0)
                {
                    return false;
                }
            }
            else
            {
                found = rendered.IndexOf(text, position, StringComparison.Ordinal);
                if (found < 0)
                {
                    return false;
                }
            }

            starts?.Add(found - (k == 0 ? segment.Literal!.Length - text.Length : 0));
            position = found + text.Length;
        }

        return Segments.Count == 0 ? rendered.Length == offset
            : Segments[^1].IsHole || position == rendered.Length;
    }

    private static (int Line, int Column) AnchorOf(IReadOnlyList<PatternSegment> segments)
    {
        foreach (var segment in segments)
        {
            if (!segment.IsHole && segment.Literal!.AsSpan().TrimStart() is { Length: > 0 } text)
            {
                return (segment.Line, segment.Column + (segment.Literal!.Length - text.Length));
            }
        }

        var hole = segments.FirstOrDefault(s => s.IsHole) ?? (segments.Count > 0 ? segments[0] : null);
        return hole is null ? (0, 0) : (hole.Line, hole.Column);
    }
}
