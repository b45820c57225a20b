namespace KubeLint.Linting.Discovery;

/// <summary>The patterns of one <c>.gitignore</c>, applying to paths below its directory.</summary>
internal sealed class GitIgnoreFile
{
    private readonly IReadOnlyList<GitIgnorePattern> _patterns;

    private GitIgnoreFile(string directory, IReadOnlyList<GitIgnorePattern> patterns)
    {
        Directory = directory;
        _patterns = patterns;
    }

    public string Directory { get; }

    public static GitIgnoreFile? Load(string directory)
    {
        var path = Path.Combine(directory, ".gitignore");
        if (!File.Exists(path))
        {
            return null;
        }

        if (BoundedFile.ReadText(path) is not { } text)
        {
            return null;
        }

        var patterns = text.Split('\n').Select(line => line.TrimEnd('\r')).Select(GitIgnorePattern.Parse).OfType<GitIgnorePattern>().ToArray();
        return patterns.Length == 0 ? null : new GitIgnoreFile(directory, patterns);
    }

    /// <summary>True, false, or null when no pattern speaks about the path; the last matching pattern wins.</summary>
    public bool? IsIgnored(string fullPath, bool isDirectory)
    {
        var relative = Path.GetRelativePath(Directory, fullPath).Replace('\\', '/');
        if (relative.StartsWith("..", StringComparison.Ordinal))
        {
            return null;
        }

        bool? verdict = null;
        foreach (var pattern in _patterns)
        {
            if (pattern.Matches(relative, isDirectory))
            {
                verdict = !pattern.Negated;
            }
        }

        return verdict;
    }
}
