using System.Text;

namespace KubeLint.Yaml;

/// <summary>
/// Reads a stream of JSON values the way kubectl does when a file's first non-space character is
/// <c>{</c> (Go's <c>encoding/json</c> decoder): objects one after another, with or without white
/// space between them; a later duplicate key replaces an earlier one. A value that is not an object
/// is refused and the next one read; reading stops at the first syntax error, as kubectl stops
/// there, and the objects before it are kept. Builds the same positioned tree as YAML, without recursion.
/// </summary>
internal sealed class JsonStreamReader
{
    private readonly string _text;
    private readonly YamlLimits _limits;
    private readonly List<YamlDocument> _documents = [];
    private readonly List<YamlError> _errors = [];
    private int _offset;
    private int _line = 1;
    private int _lineStart;

    private JsonStreamReader(string text, YamlLimits limits)
    {
        _text = text;
        _limits = limits;
    }

    /// <summary>Whether kubectl reads <paramref name="text"/> as JSON: its first non-space character is <c>{</c>.</summary>
    public static bool IsJsonStream(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return c == '{';
            }
        }

        return false;
    }

    public static YamlStreamContent Read(string text, YamlLimits limits)
    {
        var reader = new JsonStreamReader(text, limits);
        reader.ReadAll();
        return new YamlStreamContent(reader._documents, reader._errors);
    }

    private SourcePosition Here => new(_line, _offset - _lineStart + 1, _offset);

    private void ReadAll()
    {
        try
        {
            while (true)
            {
                SkipWhiteSpace();
                if (_offset >= _text.Length)
                {
                    return;
                }

                if (_documents.Count >= _limits.MaxDocuments)
                {
                    throw new JsonStreamException(Here, $"more than {_limits.MaxDocuments:N0} documents; the rest of the file is not linted");
                }

                var start = Here;
                var value = ReadValue();
                if (value is YamlMapping)
                {
                    _documents.Add(new YamlDocument(_documents.Count, value));
                }
                else
                {
                    _errors.Add(new YamlError(start, "kubectl reads this file as a stream of JSON objects and refuses this value, which is not an object"));
                }
            }
        }
        catch (JsonStreamException e)
        {
            _errors.Add(new YamlError(e.Position, e.Message));
        }
    }

    /// <summary>One value, collections built with an explicit stack of open frames.</summary>
    private YamlNode ReadValue()
    {
        var frames = new Stack<Frame>();
        while (true)
        {
            SkipWhiteSpace();
            YamlNode completed;
            frames.TryPeek(out var top);
            if (top is { IsSequence: false, PendingKey: null } && !(Peek() == '}' && top.Count == 0))
            {
                top.PendingKey = ReadString();
                SkipWhiteSpace();
                Expect(':');
                continue;
            }

            if (top is not null && top.Count == 0 && Peek() == (top.IsSequence ? ']' : '}'))
            {
                Advance();
                completed = frames.Pop().Close(Here);
            }
            else if (Peek() is '{' or '[')
            {
                if (frames.Count >= _limits.MaxDepth)
                {
                    throw new JsonStreamException(Here, $"nesting is deeper than {_limits.MaxDepth} levels; the document is not linted");
                }

                frames.Push(new Frame(Peek() == '[', Here, this));
                Advance();
                continue;
            }
            else
            {
                completed = ReadScalar();
            }

            while (frames.TryPeek(out var parent))
            {
                parent.Add(completed);
                SkipWhiteSpace();
                if (Peek() == ',')
                {
                    Advance();
                    break;
                }

                if (Peek() != (parent.IsSequence ? ']' : '}'))
                {
                    throw Unexpected(parent.IsSequence ? "',' or ']'" : "',' or '}'");
                }

                Advance();
                completed = frames.Pop().Close(Here);
            }

            if (frames.Count == 0)
            {
                return completed;
            }
        }
    }

    private YamlScalar ReadScalar()
    {
        var start = Here;
        var c = Peek();
        if (c == '"')
        {
            return ReadString();
        }

        if (c is '-' or (>= '0' and <= '9'))
        {
            return ReadNumber(start);
        }

        foreach (var literal in (string[])["true", "false", "null"])
        {
            if (string.CompareOrdinal(_text, _offset, literal, 0, literal.Length) == 0)
            {
                _offset += literal.Length;
                return new YamlScalar(literal, ScalarStyle.Plain, null, start, Here);
            }
        }

        throw Unexpected("a value");
    }

    private YamlScalar ReadNumber(SourcePosition start)
    {
        var begin = _offset;
        if (Peek() == '-')
        {
            Advance();
        }

        if (Peek() == '0')
        {
            Advance();
        }
        else if (!SkipDigits())
        {
            throw Unexpected("a digit");
        }

        if (Peek() == '.')
        {
            Advance();
            if (!SkipDigits())
            {
                throw Unexpected("a digit after '.'");
            }
        }

        if (Peek() is 'e' or 'E')
        {
            Advance();
            if (Peek() is '+' or '-')
            {
                Advance();
            }

            if (!SkipDigits())
            {
                throw Unexpected("a digit in the exponent");
            }
        }

        return new YamlScalar(_text[begin.._offset], ScalarStyle.Plain, null, start, Here);
    }

    private bool SkipDigits()
    {
        var begin = _offset;
        while (Peek() is >= '0' and <= '9')
        {
            Advance();
        }

        return _offset > begin;
    }

    private YamlScalar ReadString()
    {
        var start = Here;
        Expect('"');
        var value = new StringBuilder();
        while (true)
        {
            var c = Peek();
            if (c == '"')
            {
                Advance();
                return new YamlScalar(value.ToString(), ScalarStyle.DoubleQuoted, null, start, Here);
            }

            if (c == '\\')
            {
                Advance();
                value.Append(ReadEscape());
            }
            else if (c < ' ')
            {
                throw Unexpected("the end of the string (control characters must be escaped)");
            }
            else
            {
                value.Append(c);
                Advance();
            }
        }
    }

    private string ReadEscape()
    {
        var c = Peek();
        Advance();
        switch (c)
        {
            case '"' or '\\' or '/':
                return c.ToString();
            case 'b':
                return "\b";
            case 'f':
                return "\f";
            case 'n':
                return "\n";
            case 'r':
                return "\r";
            case 't':
                return "\t";
            case 'u':
                var code = ReadHex4();
                if (char.IsHighSurrogate(code) && string.CompareOrdinal(_text, _offset, "\\u", 0, 2) == 0)
                {
                    var mark = (_offset, _line, _lineStart);
                    _offset += 2;
                    var low = ReadHex4();
                    if (char.IsLowSurrogate(low))
                    {
                        return new string([code, low]);
                    }

                    (_offset, _line, _lineStart) = mark;
                }

                // Go's decoder, like every writer of reports, needs whole characters: a lone surrogate becomes U+FFFD.
                return char.IsSurrogate(code) ? "\uFFFD" : code.ToString();
            default:
                _offset--;
                throw Unexpected("an escape character");
        }
    }

    private char ReadHex4()
    {
        if (_offset + 4 > _text.Length || !ushort.TryParse(_text.AsSpan(_offset, 4), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var code))
        {
            throw Unexpected("four hexadecimal digits");
        }

        _offset += 4;
        return (char)code;
    }

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw Unexpected($"'{c}'");
        }

        Advance();
    }

    private char Peek() => _offset < _text.Length ? _text[_offset] : '\0';

    private void Advance()
    {
        if (_offset < _text.Length && _text[_offset] == '\n')
        {
            _line++;
            _lineStart = _offset + 1;
        }

        _offset++;
    }

    private void SkipWhiteSpace()
    {
        while (Peek() is ' ' or '\t' or '\r' or '\n')
        {
            Advance();
        }
    }

    private JsonStreamException Unexpected(string expected)
    {
        var found = _offset >= _text.Length ? "the end of the file" : $"'{Printable(_text[_offset])}'";
        return new JsonStreamException(Here, $"invalid JSON: expected {expected}, found {found}; kubectl stops reading the file here");
    }

    private static string Printable(char c) => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString();

    /// <summary>An open object or array.</summary>
    private sealed class Frame(bool isSequence, SourcePosition start, JsonStreamReader reader)
    {
        public bool IsSequence { get; } = isSequence;

        public List<YamlNode>? Items { get; } = isSequence ? [] : null;

        public MappingEntries? Entries { get; } = isSequence ? null : new MappingEntries();

        /// <summary>The key read for the value that comes next, in an object.</summary>
        public YamlScalar? PendingKey { get; set; }

        /// <summary>How many items or entries were added.</summary>
        public int Count { get; private set; }

        public void Add(YamlNode value)
        {
            Count++;
            if (IsSequence)
            {
                Items!.Add(value);
                return;
            }

            if (Entries!.SetWritten(new YamlMappingEntry(PendingKey!, value)) is { } earlier)
            {
                reader._errors.Add(new YamlError(
                    PendingKey!.Start,
                    $"duplicate key \"{PendingKey.Value}\" (first at line {earlier.Start.Line}): kubectl sends the last value and other tools refuse the file; keep one"));
            }

            PendingKey = null;
        }

        public YamlNode Close(SourcePosition end)
        {
            if (IsSequence)
            {
                var items = Items!.ToArray();
                var sequence = new YamlSequence(items, start, end);
                for (var i = 0; i < items.Length; i++)
                {
                    items[i].AttachTo(sequence, null, i);
                }

                return sequence;
            }

            var mapping = new YamlMapping(Entries!.ToArray(), start, end);
            Entries.AttachWritten(mapping);

            return mapping;
        }
    }

    private sealed class JsonStreamException(SourcePosition position, string message) : Exception(message)
    {
        public SourcePosition Position { get; } = position;
    }
}
