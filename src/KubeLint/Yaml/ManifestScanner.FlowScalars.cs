using System.Text;
using YamlDotNet.Core.Tokens;

namespace KubeLint.Yaml;

/// <summary>Plain and quoted scalars.</summary>
internal sealed partial class ManifestScanner
{
    private void FetchQuotedScalar(bool isSingleQuoted)
    {
        SaveSimpleKey();
        _simpleKeyAllowed = false;
        _flowScalarFetched = _flowLevel > 0;
        Enqueue(ScanQuotedScalar(isSingleQuoted));
        if (!isSingleQuoted && Peek() == '#')
        {
            throw Unsupported();
        }
    }

    /// <summary>
    /// A quoted scalar. Its text is a slice of the input until an escape, a doubled quote or a line
    /// break needs it built; line breaks fold as YamlDotNet folds them.
    /// </summary>
    private Scalar ScanQuotedScalar(bool isSingleQuoted)
    {
        var start = Mark();
        var quote = isSingleQuoted ? '\'' : '"';
        Skip();
        var contentStart = _position;
        StringBuilder? built = null;
        var afterLineBreak = false;
        while (true)
        {
            if ((_lineOffset == 0 && IsDocumentIndicator()) || AtEnd || (afterLineBreak && !isSingleQuoted && _indent >= _lineOffset))
            {
                throw Unsupported();
            }

            afterLineBreak = false;
            while (!IsWhiteBreakOrEnd(0))
            {
                var c = Peek();
                if (c == '\'' && isSingleQuoted && Peek(1) == '\'')
                {
                    built ??= new StringBuilder().Append(_text, contentStart, _position - contentStart);
                    built.Append('\'');
                    Skip(2);
                }
                else if (c == quote)
                {
                    break;
                }
                else if (c == '\\' && !isSingleQuoted && IsBreak(1))
                {
                    // An escaped line break joins the lines without a space.
                    built ??= new StringBuilder().Append(_text, contentStart, _position - contentStart);
                    Skip();
                    SkipLine();
                    afterLineBreak = true;
                    break;
                }
                else if (c == '\\' && !isSingleQuoted)
                {
                    built ??= new StringBuilder().Append(_text, contentStart, _position - contentStart);
                    AppendEscape(built);
                }
                else
                {
                    built?.Append(c);
                    Skip();
                }
            }

            if (Peek() == quote)
            {
                break;
            }

            var blanksStart = _position;
            var firstBreak = !afterLineBreak;
            var breaks = 0;
            while (IsWhite(0) || IsBreak(0))
            {
                if (IsBreak(0))
                {
                    if (!afterLineBreak)
                    {
                        built ??= new StringBuilder().Append(_text, contentStart, blanksStart - contentStart);
                        afterLineBreak = true;
                    }
                    else
                    {
                        breaks++;
                    }

                    SkipLine();
                }
                else
                {
                    Skip();
                }
            }

            if (!afterLineBreak)
            {
                built?.Append(_text, blanksStart, _position - blanksStart);
            }
            else if (firstBreak && breaks == 0)
            {
                built!.Append(' ');
            }
            else
            {
                built!.Append('\n', breaks);
            }
        }

        var value = built?.ToString() ?? _text[contentStart.._position];
        Skip();
        return new Scalar(value, isSingleQuoted ? YamlDotNet.Core.ScalarStyle.SingleQuoted : YamlDotNet.Core.ScalarStyle.DoubleQuoted, start, Mark());
    }

    private void AppendEscape(StringBuilder value)
    {
        var code = Peek(1);
        var digits = code switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
        if (digits == 0)
        {
            value.Append(SimpleEscape(code));
            Skip(2);
            return;
        }

        var character = 0;
        for (var k = 0; k < digits; k++)
        {
            var digit = HexValue(Peek(2 + k));
            character = (character << 4) + digit;
        }

        if (character is >= 0xD800 and <= 0xDFFF || character > 0x10FFFF)
        {
            throw Unsupported();
        }

        Skip(2 + digits);
        value.Append(char.ConvertFromUtf32(character));
    }

    private static char SimpleEscape(char code) => code switch
    {
        '0' => '\0',
        'a' => '\x07',
        'b' => '\x08',
        't' or '\t' => '\t',
        'n' => '\n',
        'v' => '\x0B',
        'f' => '\x0C',
        'r' => '\r',
        'e' => '\x1B',
        ' ' => ' ',
        '"' => '"',
        '\\' => '\\',
        '/' => '/',
        'N' => '\x85',
        '_' => '\xA0',
        'L' => '\u2028',
        'P' => '\u2029',
        _ => throw Unsupported(),
    };

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => throw Unsupported(),
    };

    private void FetchPlainScalar()
    {
        SaveSimpleKey();
        _simpleKeyAllowed = false;
        var scalar = ScanPlainScalar(out var isMultiline);
        if (isMultiline && Peek() == ':' && _flowLevel == 0 && _indent < _lineOffset)
        {
            throw Unsupported();
        }

        Enqueue(scalar);
    }

    /// <summary>
    /// A plain scalar and the blanks and line breaks after it, as YamlDotNet's scanner reads them: a
    /// slice of the input, or, over several lines, the lines folded as YamlDotNet folds them.
    /// </summary>
    private Scalar ScanPlainScalar(out bool isMultiline)
    {
        isMultiline = false;
        var currentIndent = _indent + 1;
        var start = Mark();
        var end = start;
        var valueStart = _position;
        var valueEnd = _position;
        var segmentStart = _position;
        StringBuilder? folded = null;
        var key = _simpleKeys[_simpleKeyCount - 1];
        var afterLineBreak = false;
        var breaks = 0;
        while (true)
        {
            if (_lineOffset == 0 && IsDocumentIndicator())
            {
                break;
            }

            if (Peek() == '#')
            {
                if (_indent < 0 && _flowLevel == 0)
                {
                    _plainScalarFollowedByComment = true;
                }

                break;
            }

            // YamlDotNet does not end a word that starts with `*` at a `:`.
            var aliasLikeWord = Peek() == '*' && !(key.IsPossible && key.IsRequired);
            while (!IsWhiteBreakOrEnd(0))
            {
                var c = Peek();
                var endsAtColon = c == ':' && (IsWhiteBreakOrEnd(1) || (_flowLevel > 0 && Peek(1) == ','));
                if (endsAtColon && aliasLikeWord)
                {
                    throw Unsupported();
                }

                if (endsAtColon || (_flowLevel > 0 && FlowIndicators.Contains(c)))
                {
                    if (_flowLevel == 0 && !key.IsPossible)
                    {
                        throw Unsupported();
                    }

                    break;
                }

                if (afterLineBreak)
                {
                    // The first character of a continuation line: fold the line break(s) before it.
                    folded ??= new StringBuilder();
                    folded.Append(_text, segmentStart, valueEnd - segmentStart);
                    if (breaks == 1)
                    {
                        folded.Append(' ');
                    }
                    else
                    {
                        folded.Append('\n', breaks - 1);
                    }

                    segmentStart = _position;
                    afterLineBreak = false;
                    breaks = 0;
                }

                if (_flowLevel > 0 && _lineOffset < currentIndent)
                {
                    throw Unsupported();
                }

                Skip();
                valueEnd = _position;
                end = Mark();
            }

            if (!IsWhite(0) && !IsBreak(0))
            {
                break;
            }

            while (IsWhite(0) || IsBreak(0))
            {
                if (IsBreak(0))
                {
                    isMultiline = true;
                    afterLineBreak = true;
                    breaks++;
                    SkipLine();
                }
                else if (afterLineBreak && Peek() == '\t' && _lineOffset < currentIndent)
                {
                    throw Unsupported();
                }
                else
                {
                    Skip();
                }
            }

            if (_flowLevel == 0 && _lineOffset < currentIndent)
            {
                break;
            }
        }

        if (afterLineBreak)
        {
            _simpleKeyAllowed = true;
        }

        var value = folded is null
            ? _text[valueStart..valueEnd]
            : folded.Append(_text, segmentStart, valueEnd - segmentStart).ToString();
        return new Scalar(value, YamlDotNet.Core.ScalarStyle.Plain, start, end);
    }
}
