using System.Globalization;
using System.Text;

namespace KubeLint.Reporting;

/// <summary>
/// Every string taken from linted input (names, messages, file names) passes through here before it
/// reaches a reader: a stranger's manifest must not be able to start a CI workflow command, move the
/// cursor of a terminal, reverse the text a reviewer sees, or break a report's format.
/// </summary>
internal static class SafeText
{
    /// <summary>
    /// For terminals and CI logs: control characters (C0, DEL, C1), line and paragraph separators,
    /// bidirectional controls and unpaired surrogates are written as escapes (<c>\n</c>, <c>\u001B</c>),
    /// so the text stays on one line and cannot carry an escape sequence.
    /// </summary>
    public static string ForTerminal(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        if (FirstUnsafe(text) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsUnsafe(c))
            {
                builder.Append(c switch
                {
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                });
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Text XML 1.0 can hold: characters it forbids are written as <c>\uXXXX</c>.</summary>
    public static string ForXml(string text)
    {
        text = Yaml.Utf16Text.Repair(text);
        var bad = false;
        foreach (var c in text)
        {
            bad |= !IsXmlChar(c);
        }

        if (!bad)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(IsXmlChar(c) ? c.ToString() : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    /// <summary>
    /// For Markdown (a pull-request comment): on one line, every ASCII punctuation character escaped
    /// with a backslash (no link, HTML tag, emphasis or code span can open), and <c>@</c> kept from
    /// mentioning anyone.
    /// </summary>
    public static string ForMarkdown(string? text)
    {
        var safe = ForTerminal(text);
        var builder = new StringBuilder(safe.Length + 16);
        foreach (var c in safe)
        {
            if (c == '@')
            {
                builder.Append("@\u2060");
            }
            else if (char.IsAsciiLetterOrDigit(c) || c is ' ' || c > '\u007F')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('\\').Append(c);
            }
        }

        return builder.ToString();
    }

    private static int FirstUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text[i]) || char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsUnsafe(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u009F'
        || c is '\u2028' or '\u2029' or '\u200E' or '\u200F' or '\u061C'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069'
        || char.IsSurrogate(c);

    private static bool IsXmlChar(char c) =>
        c is '\t' or '\n' or '\r' or (>= ' ' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD') || char.IsSurrogate(c);
}
