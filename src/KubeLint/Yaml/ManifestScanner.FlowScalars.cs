using System.Text;
using YamlDotNet.Core.Tokens;

namespace KubeLint.Yaml;

/// <summary>Plain and quoted scalars, each on one line.</summary>
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

    /// <summary>A quoted scalar on one line; one that goes on to another line is left to YamlDotNet.</summary>
    private Scalar ScanQuotedScalar(bool isSingleQuoted)
    {
        var start = Mark();
        var quote = isSingleQuoted ? '\'' : '"';
        Skip();
        var contentStart = _position;
        StringBuilder? unescaped = null;
        while (true)
        {
            var c = Peek();
            if (AtEnd || IsBreak(0) || (c == '\\' && !isSingleQuoted && IsBreakOrEnd(1)))
            {
                throw Unsupported();
            }

            if (c == quote && !(isSingleQuoted && Peek(1) == '\''))
            {
                break;
            }

            if (c == '\'' && isSingleQuoted)
            {
                unescaped ??= new StringBuilder().Append(_text, contentStart, _position - contentStart);
                unescaped.Append('\'');
                Skip(2);
            }
            else if (c == '\\' && !isSingleQuoted)
            {
                unescaped ??= new StringBuilder().Append(_text, contentStart, _position - contentStart);
                AppendEscape(unescaped);
            }
            else
            {
                unescaped?.Append(c);
                Skip();
            }
        }

        var value = unescaped?.ToString() ?? _text[contentStart.._position];
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
    /// A plain scalar on one line, and the blanks and line breaks after it (as YamlDotNet's scanner
    /// reads them); one that goes on to another line is left to YamlDotNet.
    /// </summary>
    private Scalar ScanPlainScalar(out bool isMultiline)
    {
        isMultiline = false;
        var currentIndent = _indent + 1;
        var start = Mark();
        var end = start;
        var valueStart = _position;
        var valueEnd = _position;
        var key = _simpleKeys[_simpleKeyCount - 1];
        var afterLineBreak = false;
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

            if (Peek() == '*' && !(key.IsPossible && key.IsRequired) && _position != valueStart)
            {
                // YamlDotNet reads `:` differently in a word after blanks that starts with `*`.
                throw Unsupported();
            }

            while (!IsWhiteBreakOrEnd(0))
            {
                var c = Peek();
                if ((c == ':' && (IsWhiteBreakOrEnd(1) || (_flowLevel > 0 && Peek(1) == ',')))
                    || (_flowLevel > 0 && FlowIndicators.Contains(c)))
                {
                    if (_flowLevel == 0 && !key.IsPossible)
                    {
                        throw Unsupported();
                    }

                    break;
                }

                if (afterLineBreak || (_flowLevel > 0 && _lineOffset < currentIndent))
                {
                    // The scalar goes on after a line break: folding is left to YamlDotNet.
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

        return new Scalar(_text[valueStart..valueEnd], YamlDotNet.Core.ScalarStyle.Plain, start, end);
    }
}
