namespace KubeLint.Linting.Discovery;

/// <summary>One line of a <c>.gitignore</c> file, compiled to a matcher of '/'-separated relative paths.</summary>
internal sealed class GitIgnorePattern
{
    private readonly GlobMatcher _matcher;

    private GitIgnorePattern(GlobMatcher matcher, bool negated, bool directoryOnly)
    {
        _matcher = matcher;
        Negated = negated;
        DirectoryOnly = directoryOnly;
    }

    public bool Negated { get; }

    public bool DirectoryOnly { get; }

    public bool Matches(string relativePath, bool isDirectory) =>
        (!DirectoryOnly || isDirectory) && _matcher.IsMatch(relativePath);

    /// <summary>The pattern of one line; null for blank lines, comments and patterns that can match nothing.</summary>
    public static GitIgnorePattern? Parse(string line)
    {
        var text = line.TrimEnd('\r');
        if (!text.EndsWith("\\ ", StringComparison.Ordinal))
        {
            text = text.TrimEnd(' ');
        }

        if (text.Length == 0 || text[0] == '#')
        {
            return null;
        }

        var negated = text[0] == '!';
        if (negated || text.StartsWith("\\!", StringComparison.Ordinal) || text.StartsWith("\\#", StringComparison.Ordinal))
        {
            text = text[1..];
        }

        var directoryOnly = text.EndsWith('/');
        text = text.TrimEnd('/');
        if (text.Length == 0)
        {
            return null;
        }

        var anchored = text.Contains('/', StringComparison.Ordinal);
        // A bracket expression git cannot match either, such as [z-a]: the line matches nothing.
        return GlobMatcher.Compile(text.TrimStart('/'), withinSegment: true, gitSyntax: true, anyFolderFirst: !anchored) is { } matcher
            ? new GitIgnorePattern(matcher, negated, directoryOnly)
            : null;
    }
}
