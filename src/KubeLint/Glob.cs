namespace KubeLint;

/// <summary>Glob patterns: <c>*</c> within a segment, <c>**</c> across segments, <c>?</c> one character.</summary>
internal sealed class Glob
{
    private readonly GlobMatcher? _matcher;

    public Glob(string pattern, bool pathSeparators)
    {
        Pattern = pattern;
        // A pattern without wildcards (a kind, a namespace) is compared as text.
        _matcher = pattern.AsSpan().IndexOfAny('*', '?') < 0 ? null : GlobMatcher.Compile(pattern, pathSeparators, gitSyntax: false);
    }

    public string Pattern { get; }

    public bool IsMatch(string text) => _matcher?.IsMatch(text) ?? string.Equals(text, Pattern, StringComparison.Ordinal);
}
