using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace KubeLint.Yaml;

/// <summary>Literal and folded block scalars.</summary>
internal sealed partial class ManifestScanner
{
    /// <summary>A literal or folded block scalar, read as YamlDotNet's scanner reads it.</summary>
    private sealed class BlockScalarReader(ManifestScanner scanner, bool isLiteral)
    {
        private readonly StringBuilder _value = new();
        private readonly StringBuilder _leadingBreak = new();
        private readonly StringBuilder _trailingBreaks = new();
        private bool? _isFirstLine;
        private Mark _end;

        public Scalar Read()
        {
            var s = scanner;
            var start = s.Mark();
            s.Skip();
            var (chomping, increment) = ReadHeader();
            while (s.IsWhite(0))
            {
                s.Skip();
            }

            if (s.Peek() == '#')
            {
                while (!s.IsBreakOrEnd(0))
                {
                    s.Skip();
                }
            }

            if (!s.IsBreakOrEnd(0))
            {
                throw Unsupported();
            }

            if (s.IsBreak(0))
            {
                s.SkipLine();
                _isFirstLine = true;
            }

            _end = s.Mark();
            var currentIndent = increment == 0 ? 0 : (s._indent >= 0 ? s._indent + increment : increment);
            currentIndent = ReadBreaks(currentIndent, _trailingBreaks);
            _isFirstLine = false;
            var leadingBlank = false;
            while (s._lineOffset == currentIndent && !s.AtEnd && !(s._lineOffset == 0 && s.Peek() == '.' && s.IsDocumentIndicator()))
            {
                var trailingBlank = s.IsWhite(0);
                if (!isLiteral && _leadingBreak.Length > 0 && _leadingBreak[0] == '\n' && !leadingBlank && !trailingBlank)
                {
                    if (_trailingBreaks.Length == 0)
                    {
                        _value.Append(' ');
                    }

                    _leadingBreak.Clear();
                }
                else
                {
                    _value.Append(_leadingBreak);
                    _leadingBreak.Clear();
                }

                _value.Append(_trailingBreaks);
                _trailingBreaks.Clear();
                leadingBlank = s.IsWhite(0);
                var lineStart = s._position;
                while (!s.IsBreakOrEnd(0))
                {
                    s.Skip();
                }

                _value.Append(s._text, lineStart, s._position - lineStart);
                if (s.IsBreak(0))
                {
                    s.SkipLine();
                    _leadingBreak.Append('\n');
                }

                currentIndent = ReadBreaks(currentIndent, _trailingBreaks);
            }

            if (chomping != -1)
            {
                _value.Append(_leadingBreak);
            }

            if (chomping == 1)
            {
                _value.Append(_trailingBreaks);
            }

            return new Scalar(_value.ToString(), isLiteral ? YamlDotNet.Core.ScalarStyle.Literal : YamlDotNet.Core.ScalarStyle.Folded, start, _end);
        }

        private (int Chomping, int Increment) ReadHeader()
        {
            var s = scanner;
            int chomping = 0, increment = 0;
            if (s.Peek() is '+' or '-')
            {
                chomping = s.Peek() == '+' ? 1 : -1;
                s.Skip();
                if (char.IsAsciiDigit(s.Peek()))
                {
                    increment = Indentation(s.Peek());
                    s.Skip();
                }
            }
            else if (char.IsAsciiDigit(s.Peek()))
            {
                increment = Indentation(s.Peek());
                s.Skip();
                if (s.Peek() is '+' or '-')
                {
                    chomping = s.Peek() == '+' ? 1 : -1;
                    s.Skip();
                }
            }

            if (s.Peek() == '#')
            {
                throw Unsupported();
            }

            return (chomping, increment);
        }

        private static int Indentation(char digit) => digit == '0' ? throw Unsupported() : digit - '0';

        /// <summary>Blank lines and indentation before the next content line; works out the indentation when it is not yet known.</summary>
        private int ReadBreaks(int currentIndent, StringBuilder breaks)
        {
            var s = scanner;
            var maxIndent = 0;
            var indentOfFirstLine = -1;
            _end = s.Mark();
            while (true)
            {
                while ((currentIndent == 0 || s._lineOffset < currentIndent) && s.Peek() == ' ')
                {
                    s.Skip();
                }

                maxIndent = Math.Max(maxIndent, s._lineOffset);
                if (!s.IsBreak(0))
                {
                    if (isLiteral && _isFirstLine == true)
                    {
                        var localIndent = s._lineOffset;
                        var i = 0;
                        while (!s.IsBreak(i) && s.Peek(i) == ' ')
                        {
                            i++;
                            localIndent++;
                        }

                        if (s.IsBreak(i) && localIndent > s._lineOffset)
                        {
                            _isFirstLine = false;
                            indentOfFirstLine = localIndent;
                        }
                    }

                    break;
                }

                if (_isFirstLine == true)
                {
                    _isFirstLine = false;
                    indentOfFirstLine = s._lineOffset;
                }

                s.SkipLine();
                breaks.Append('\n');
                _end = s.Mark();
            }

            if ((isLiteral && indentOfFirstLine > 1 && currentIndent < indentOfFirstLine - 1)
                || (!isLiteral && maxIndent > s._lineOffset && indentOfFirstLine > -1))
            {
                throw Unsupported();
            }

            if (currentIndent == 0 && (s._lineOffset > 0 || s._indent > -1))
            {
                currentIndent = Math.Max(maxIndent, Math.Max(s._indent + 1, 1));
            }

            return currentIndent;
        }
    }
}
