using System.Text;
using System.Text.RegularExpressions;

namespace KubeLint.Linting.Configuration;

/// <summary>Glob patterns: <c>*</c> within a segment, <c>**</c> across segments, <c>?</c> one character.</summary>
internal sealed class Glob
{
    private readonly Regex _regex;

    public Glob(string pattern, bool pathSeparators)
    {
        Pattern = pattern;
        var builder = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                var slash = i + 2 < pattern.Length && pattern[i + 2] == '/';
                builder.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*')
            {
                builder.Append(pathSeparators ? "[^/]*" : ".*");
            }
            else if (c == '?')
            {
                builder.Append(pathSeparators ? "[^/]" : ".");
            }
            else
            {
                builder.Append(Regex.Escape(c.ToString()));
            }
        }

        _regex = LinearRegex.Create(builder.Append('$').ToString());
    }

    public string Pattern { get; }

    public bool IsMatch(string text) => _regex.IsMatch(text);
}
