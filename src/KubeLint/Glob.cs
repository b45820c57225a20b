using System.Text.RegularExpressions;

namespace KubeLint;

/// <summary>Glob patterns: <c>*</c> within a segment, <c>**</c> across segments, <c>?</c> one character.</summary>
internal sealed class Glob
{
    private readonly Regex? _regex;

    public Glob(string pattern, bool pathSeparators)
    {
        Pattern = pattern;
        // A pattern without wildcards (a kind, a namespace) is compared as text: no regular expression to build or run.
        _regex = pattern.AsSpan().IndexOfAny('*', '?') < 0 ? null : LinearRegex.Create($"^{GlobRegex.Translate(pattern, pathSeparators, gitSyntax: false)}$");
    }

    public string Pattern { get; }

    public bool IsMatch(string text) => _regex?.IsMatch(text) ?? string.Equals(text, Pattern, StringComparison.Ordinal);
}
