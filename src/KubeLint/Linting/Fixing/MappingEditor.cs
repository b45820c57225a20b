using KubeLint.Yaml;

namespace KubeLint.Linting.Fixing;

/// <summary>
/// Turns a <see cref="FixTree"/> into minimal text edits below a mapping, where a person would put
/// them: into the mapping that exists, in its block or flow style, at its indentation, with the
/// file's line ending; a missing mapping is written whole, once.
/// </summary>
internal sealed class MappingEditor(string text, FileStyle style)
{
    private readonly string _newline = style.Newline;
    private readonly int _step = style.IndentStep;
    private readonly int[] _lineStarts = style.LineStarts;

    public MappingEditor(string text)
        : this(text, FileStyle.Of(text))
    {
    }

    public List<TextEdit> Edits { get; } = [];

    /// <summary>Why a setting could not be written (a field that is a list where a value is wanted, and the like).</summary>
    public List<string> Refusals { get; } = [];

    public void Apply(YamlMapping mapping, FixTree tree)
    {
        var missing = new List<(string Key, FixTree Tree)>();
        foreach (var (key, child) in tree.Children)
        {
            // A key merged in with '<<' is written elsewhere: the mapping gets its own, which wins over it.
            var entry = mapping.Entries.LastOrDefault(e => e.KeyText == key && ReferenceEquals(e.Key.Parent, mapping));
            var existing = entry.Key is null ? null : entry.Value;
            if (existing is not null && !ReferenceEquals(existing.Parent, mapping))
            {
                Refusals.Add($"{mapping.Path}.{key} is an alias of a node written elsewhere, which other objects may share; set it by hand");
                continue;
            }

            switch (existing)
            {
                case null:
                    missing.Add((key, child));
                    break;
                case YamlScalar scalar when child.Value is { } value:
                    if (scalar.Value != value || scalar.Style is not ScalarStyle.Plain)
                    {
                        Edits.Add(new TextEdit(At(scalar.Start), At(scalar.End) - At(scalar.Start), value));
                    }

                    break;
                case YamlMapping nested when !child.IsLeaf:
                    Apply(nested, child);
                    break;
                case YamlSequence list when child.ListItems.Count > 0:
                    AddItems(list, [.. child.ListItems.Where(item => !list.Items.OfType<YamlScalar>().Any(i => i.Value == item))]);
                    break;
                default:
                    Refusals.Add($"{existing.Path} is not what the fix expects there; set {key} by hand");
                    break;
            }
        }

        if (missing.Count > 0)
        {
            Insert(mapping, missing);
        }
    }

    private void Insert(YamlMapping mapping, List<(string Key, FixTree Tree)> entries)
    {
        if (IsFlow(mapping))
        {
            var close = ClosingBracket(mapping, '}');
            var body = string.Join(", ", entries.Select(e => $"{e.Key}: {Flow(e.Tree)}"));
            Edits.Add(new TextEdit(close, 0, mapping.Count == 0 ? body : ", " + body));
            return;
        }

        // Entries merged in with '<<' are written elsewhere, at another indentation: place by the mapping's own.
        var written = Written(mapping);
        if (written.Count == 0)
        {
            Refusals.Add($"{mapping.Path} has no key of its own written in a way the fix edits; set {string.Join(", ", entries.Select(e => e.Key))} by hand");
            return;
        }

        var indent = written[0].Key.Start.Column - 1;
        var lines = new System.Text.StringBuilder();
        foreach (var (key, tree) in entries)
        {
            Block(lines, key, tree, indent);
        }

        var last = written[^1];
        var valueEnd = ContentEnd(last.Value, mapping);
        if (valueEnd < 0)
        {
            Refusals.Add($"{mapping.Path} ends with an alias, whose text is elsewhere; set {string.Join(", ", entries.Select(e => e.Key))} by hand");
            return;
        }

        var (at, newline) = LineAfter(Math.Max(valueEnd, At(last.Key.End)));
        Edits.Add(new TextEdit(at, 0, newline + lines, indent));
    }

    private void AddItems(YamlSequence list, List<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        if (IsFlow(list))
        {
            var close = ClosingBracket(list, ']');
            Edits.Add(new TextEdit(close, 0, (list.Count == 0 ? string.Empty : ", ") + string.Join(", ", items)));
            return;
        }

        var first = At(list.Items[0].Start);
        var dash = text.LastIndexOf('-', first);
        var dashColumn = dash - (text.LastIndexOf('\n', dash) + 1);
        var lines = string.Concat(items.Select(item => $"{new string(' ', dashColumn)}- {item}{_newline}"));
        var end = ContentEnd(list.Items[^1], list);
        if (end < 0)
        {
            Refusals.Add($"{list.Path} ends with an alias, whose text is elsewhere; add {string.Join(", ", items)} by hand");
            return;
        }

        var (at, newline) = LineAfter(end);
        Edits.Add(new TextEdit(at, 0, newline + lines, dashColumn + 1));
    }

    private void Block(System.Text.StringBuilder lines, string key, FixTree tree, int indent)
    {
        var pad = new string(' ', indent);
        if (tree.Value is { } value)
        {
            lines.Append(pad).Append(key).Append(": ").Append(value).Append(_newline);
        }
        else if (tree.ListItems.Count > 0)
        {
            lines.Append(pad).Append(key).Append(':').Append(_newline);
            foreach (var item in tree.ListItems)
            {
                lines.Append(pad).Append(' ', _step).Append("- ").Append(item).Append(_newline);
            }
        }
        else
        {
            lines.Append(pad).Append(key).Append(':').Append(_newline);
            foreach (var (childKey, child) in tree.Children)
            {
                Block(lines, childKey, child, indent + _step);
            }
        }
    }

    private static string Flow(FixTree tree) =>
        tree.Value ?? (tree.ListItems.Count > 0
            ? "[" + string.Join(", ", tree.ListItems) + "]"
            : "{" + string.Join(", ", tree.Children.Select(c => $"{c.Key}: {Flow(c.Value)}")) + "}");

    /// <summary>
    /// Whether the collection is written in flow style (<c>{…}</c>, <c>[…]</c>): told by what precedes
    /// its first key or item (a bracket or a comma rather than a line break or a dash), since that is
    /// where the parser's positions are exact; an empty one by the bracket after any anchor or tag.
    /// </summary>
    private bool IsFlow(YamlNode collection)
    {
        var first = collection switch
        {
            YamlMapping mapping => Written(mapping).FirstOrDefault().Key,
            YamlSequence { Count: > 0 } sequence => sequence.Items[0],
            _ => null,
        };
        if (first is not null)
        {
            var i = At(first.Start) - 1;
            while (i >= 0 && text[i] is ' ' or '\t' or '\r' or '\n')
            {
                i--;
            }

            return i >= 0 && text[i] is '{' or '[' or ',';
        }

        var j = At(collection.Start);
        while (j < text.Length && (text[j] is ' ' or '\t' or '\r' or '\n' || (text[j] is '&' or '!' && SkipToken(ref j))))
        {
            j++;
        }

        return j < text.Length && text[j] is '{' or '[';
    }

    private bool SkipToken(ref int i)
    {
        while (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
        {
            i++;
        }

        return true;
    }

    /// <summary>The offset of the bracket that closes a flow collection (the parser's end of a flow collection is the bracket itself).</summary>
    private int ClosingBracket(YamlNode collection, char bracket) => text.LastIndexOf(bracket, Math.Min(At(collection.End), text.Length - 1));

    /// <summary>
    /// Where the text written for <paramref name="node"/> ends, from its last scalar or closing
    /// bracket (a block collection's own end position can lie before an indentless list's items);
    /// -1 for an alias, whose positions are those of its anchor.
    /// </summary>
    private int ContentEnd(YamlNode node, YamlNode parent)
    {
        if (!ReferenceEquals(node.Parent, parent))
        {
            return -1;
        }

        return node switch
        {
            YamlScalar scalar => At(scalar.End),
            YamlMapping mapping when IsFlow(mapping) => ClosingBracket(mapping, '}') + 1,
            YamlSequence sequence when IsFlow(sequence) => ClosingBracket(sequence, ']') + 1,
            YamlMapping { Count: > 0 } mapping => Written(mapping).LastOrDefault() is { Key: not null } last
                ? ContentEnd(last.Value, mapping) is var end and >= 0 ? Math.Max(end, At(last.Key.End)) : -1
                : -1,
            YamlSequence { Count: > 0 } sequence => ContentEnd(sequence.Items[^1], sequence),
            _ => At(node.Start),
        };
    }

    /// <summary>The entries written in the mapping itself, in text order (not those merged in with <c>&lt;&lt;</c>, which are written elsewhere).</summary>
    private static List<YamlMappingEntry> Written(YamlMapping mapping) =>
        [.. mapping.Entries.Where(e => ReferenceEquals(e.Key.Parent, mapping)).OrderBy(e => e.Key.Start.Line).ThenBy(e => e.Key.Start.Column)];

    /// <summary>The start of the line after the one holding <paramref name="offset"/>'s last character, and the newline to write first when the file ends without one.</summary>
    private (int At, string Newline) LineAfter(int offset)
    {
        var newline = text.IndexOf('\n', Math.Max(offset - 1, 0));
        return newline >= 0 ? (newline + 1, string.Empty) : (text.Length, _newline);
    }

    /// <summary>
    /// The offset in the file of a node's position, from its line and column: the parser's own
    /// offsets count in a text whose whitespace-only lines were emptied, so they drift after one.
    /// </summary>
    private int At(SourcePosition position) =>
        position.Line - 1 < _lineStarts.Length ? Math.Min(_lineStarts[position.Line - 1] + position.Column - 1, text.Length) : text.Length;
}
