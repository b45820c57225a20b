namespace KubeLint.Linting.Rendering.Templates;

/// <summary>
/// A template file as patterns of what it writes: the lines of its body, and the lines of each named
/// template it defines. Trim markers are applied as text/template applies them, so the pattern lines
/// are the lines of the output.
/// </summary>
internal sealed class TemplatePatterns
{
    private TemplatePatterns(IReadOnlyList<PatternLine> body, IReadOnlyDictionary<string, IReadOnlyList<PatternLine>> defines)
    {
        Body = body;
        Defines = defines;
    }

    public IReadOnlyList<PatternLine> Body { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<PatternLine>> Defines { get; }

    public static TemplatePatterns Of(string template)
    {
        var tokens = GoTemplateLexer.Tokenize(template);
        var lineStarts = LineStarts(template);
        var blocks = new List<OpenBlock>();
        var nextBlock = 0;
        var body = new Builder(lineStarts, template, blocks);
        var defines = new Dictionary<string, IReadOnlyList<PatternLine>>(StringComparer.Ordinal);
        var builders = new Stack<(Builder Builder, string Name)>();
        var current = body;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (!token.IsAction)
            {
                var start = token.Start;
                var end = token.End;
                if (t > 0 && tokens[t - 1].TrimRight)
                {
                    while (start < end && char.IsWhiteSpace(template[start]))
                    {
                        start++;
                    }
                }

                if (t + 1 < tokens.Count && tokens[t + 1].TrimLeft)
                {
                    while (end > start && char.IsWhiteSpace(template[end - 1]))
                    {
                        end--;
                    }
                }

                current.AddText(start, end);
                continue;
            }

            var action = TemplateAction.Of(token.Body);
            switch (action.Kind)
            {
                case ActionKind.Define:
                    blocks.Add(new OpenBlock(nextBlock++, IsDefine: true));
                    builders.Push((current, action.TemplateName ?? string.Empty));
                    current = new Builder(lineStarts, template, blocks);
                    break;
                case ActionKind.Open:
                    current.AddControl();
                    blocks.Add(new OpenBlock(nextBlock++, IsDefine: false));
                    break;
                case ActionKind.End when blocks.Count > 0 && blocks[^1].IsDefine:
                    blocks.RemoveAt(blocks.Count - 1);
                    var (outer, name) = builders.Pop();
                    defines.TryAdd(name, current.Finish());
                    current = outer;
                    break;
                case ActionKind.Else:
                    current.AddControl();
                    if (blocks.Count > 0)
                    {
                        blocks[^1].Branch++;
                    }

                    break;
                case ActionKind.End:
                    current.AddControl();
                    if (blocks.Count > 0)
                    {
                        blocks.RemoveAt(blocks.Count - 1);
                    }

                    break;
                case ActionKind.Writer:
                    current.AddHole(token, action);
                    break;
            }
        }

        while (builders.Count > 0)
        {
            var (outer, name) = builders.Pop();
            defines.TryAdd(name, current.Finish());
            current = outer;
        }

        return new TemplatePatterns(body.Finish(), defines);
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    /// <summary>A block open where the template is read: an <c>if</c>/<c>range</c>/<c>with</c> and which branch, or a definition.</summary>
    private sealed record OpenBlock(int Id, bool IsDefine)
    {
        public int Branch { get; set; }
    }

    /// <summary>Collects the segments of one body's lines.</summary>
    private sealed class Builder(int[] lineStarts, string template, List<OpenBlock> blocks)
    {
        private readonly List<PatternLine> _lines = [];
        private List<PatternSegment> _segments = [];
        private IReadOnlyList<BranchOf> _context = [];
        private bool _afterControl;
        private bool _wildcarded;

        public void AddText(int start, int end)
        {
            var pieceStart = start;
            for (var i = start; i <= end; i++)
            {
                if (i == end || template[i] == '\n')
                {
                    var pieceEnd = i > pieceStart && template[i - 1] == '\r' ? i - 1 : i;
                    if (pieceEnd > pieceStart)
                    {
                        AddLiteral(pieceStart, pieceEnd);
                    }

                    if (i < end)
                    {
                        EndLine();
                    }

                    pieceStart = i + 1;
                }
            }
        }

        public void AddControl() => _afterControl = _segments.Count > 0 || _afterControl;

        public void AddHole(TemplateToken token, TemplateAction action)
        {
            Wildcard();
            Add(new PatternSegment(null, action, LineOf(token.Start), ColumnOf(token.Start), EndColumnOf(token)));
        }

        public List<PatternLine> Finish()
        {
            if (_segments.Count > 0)
            {
                EndLine();
            }

            return _lines;
        }

        private void AddLiteral(int start, int end)
        {
            if (Wildcard())
            {
                return;
            }

            Add(new PatternSegment(template[start..end], null, LineOf(start), ColumnOf(start), 0));
        }

        /// <summary>
        /// Content after a control action on the same line is conditional or repeated: one hole stands
        /// for all of it. True when the caller's piece is covered by that hole.
        /// </summary>
        private bool Wildcard()
        {
            if (!_afterControl)
            {
                return false;
            }

            if (!_wildcarded)
            {
                _wildcarded = true;
                if (_segments.Count == 0 || !_segments[^1].IsHole)
                {
                    Add(new PatternSegment(null, null, _segments.Count > 0 ? _segments[^1].Line : 0, 0, 0));
                }
            }

            return true;
        }

        private void Add(PatternSegment segment)
        {
            if (_segments.Count == 0)
            {
                _context = [.. blocks.Where(b => !b.IsDefine).Select(b => new BranchOf(b.Id, b.Branch))];
            }

            _segments.Add(segment);
        }

        private void EndLine()
        {
            _lines.Add(new PatternLine(_segments) { Context = _segments.Count == 0 ? [.. blocks.Where(b => !b.IsDefine).Select(b => new BranchOf(b.Id, b.Branch))] : _context });
            _segments = [];
            _afterControl = false;
            _wildcarded = false;
        }

        private int LineOf(int offset)
        {
            var index = Array.BinarySearch(lineStarts, offset);
            return (index >= 0 ? index : ~index - 1) + 1;
        }

        private int ColumnOf(int offset) => offset - lineStarts[LineOf(offset) - 1] + 1;

        private int EndColumnOf(TemplateToken token)
        {
            var line = LineOf(token.Start);
            var lineEnd = line < lineStarts.Length ? lineStarts[line] - 1 : template.Length;
            return LineOf(token.End) == line ? ColumnOf(token.End - 1) + 1 : lineEnd - lineStarts[line - 1] + 1;
        }
    }
}
