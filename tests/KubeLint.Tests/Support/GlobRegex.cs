using System.Text;
using System.Text.RegularExpressions;

namespace KubeLint.Tests.Support;

/// <summary>
/// The reference <see cref="GlobMatcher"/> is held to (KubeLint matched globs this way until the
/// regular expression engine's start-up showed in every run over a repository with a .gitignore):
/// translates a glob to the body of a regular expression over '/'-separated paths: <c>**</c> across
/// segments (<c>**/</c> also matching no segment at all), <c>*</c> and <c>?</c> within a segment (or
/// anywhere, for globs over plain names), and, in git's syntax, <c>[set]</c>, <c>[!set]</c> and
/// backslash escapes.
/// </summary>
internal static class GlobRegex
{
    /// <param name="glob">The glob.</param>
    /// <param name="withinSegment">Whether <c>*</c> and <c>?</c> stop at '/'.</param>
    /// <param name="gitSyntax">Whether bracket sets and backslash escapes have git's meaning (else they are literal).</param>
    public static string Translate(string glob, bool withinSegment, bool gitSyntax)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                var slashAfter = i + 2 < glob.Length && glob[i + 2] == '/';
                builder.Append(slashAfter ? "(?:.*/)?" : ".*");
                i += slashAfter ? 2 : 1;
            }
            else if (c == '*')
            {
                builder.Append(withinSegment ? "[^/]*" : ".*");
            }
            else if (c == '?')
            {
                builder.Append(withinSegment ? "[^/]" : ".");
            }
            else if (gitSyntax && c == '[' && glob.IndexOf(']', i + 1) is var close && close > i + 1)
            {
                var set = glob[(i + 1)..close];
                builder.Append('[').Append(set.StartsWith('!') ? "^" + Regex.Escape(set[1..]) : Regex.Escape(set)).Append(']');
                i = close;
            }
            else if (gitSyntax && c == '\\' && i + 1 < glob.Length)
            {
                builder.Append(Regex.Escape(glob[++i].ToString()));
            }
            else
            {
                builder.Append(Regex.Escape(c.ToString()));
            }
        }

        return builder.ToString();
    }
}
