using System.Text;

namespace KubeLint.Yaml;

/// <summary>Empties lines that hold only spaces and tabs, keeping every line break (so lines and columns stay).</summary>
internal static class WhitespaceOnlyLines
{
    /// <summary>The text with whitespace-only lines emptied, or null when there are none.</summary>
    public static string? Empty(string text)
    {
        StringBuilder? builder = null;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            var contentEnd = lineEnd < 0 ? text.Length : lineEnd;
            if (contentEnd > lineStart && text[contentEnd - 1] == '\r')
            {
                contentEnd--;
            }

            var line = text.AsSpan(lineStart, contentEnd - lineStart);
            var blank = line.Length > 0 && line.IndexOfAnyExcept(' ', '\t') < 0;
            if (blank)
            {
                builder ??= new StringBuilder(text, 0, lineStart, text.Length);
            }
            else
            {
                builder?.Append(line);
            }

            if (lineEnd < 0)
            {
                break;
            }

            builder?.Append(text, contentEnd, lineEnd + 1 - contentEnd);
            lineStart = lineEnd + 1;
        }

        return builder?.ToString();
    }
}
