namespace KubeLint.Linting.Configuration;

/// <summary>A configuration's include and exclude globs, relative to its folder.</summary>
internal sealed class PathFilter(string baseDirectory, IReadOnlyList<string> include, IReadOnlyList<string> exclude)
{
    private readonly Glob[] _include = [.. include.Select(p => new Glob(p, pathSeparators: true))];
    private readonly Glob[] _exclude = [.. exclude.Select(p => new Glob(p, pathSeparators: true))];

    /// <summary>Whether a file (absolute path) is linted.</summary>
    public bool Allows(string fullPath)
    {
        var relative = Path.GetRelativePath(baseDirectory, fullPath).Replace('\\', '/');
        if (relative.StartsWith("../", StringComparison.Ordinal))
        {
            return true;
        }

        return (_include.Length == 0 || _include.Any(g => g.IsMatch(relative))) && !_exclude.Any(g => g.IsMatch(relative));
    }
}
