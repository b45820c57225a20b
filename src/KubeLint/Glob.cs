using System.Text.RegularExpressions;

namespace KubeLint;

/// <summary>Glob patterns: <c>*</c> within a segment, <c>**</c> across segments, <c>?</c> one character.</summary>
internal sealed class Glob
{
    private readonly Regex _regex;

    public Glob(string pattern, bool pathSeparators)
    {
        Pattern = pattern;
        _regex = LinearRegex.Create($"^{GlobRegex.Translate(pattern, pathSeparators, gitSyntax: false)}$");
    }

    public string Pattern { get; }

    public bool IsMatch(string text) => _regex.IsMatch(text);
}
