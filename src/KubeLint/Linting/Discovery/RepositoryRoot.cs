namespace KubeLint.Linting.Discovery;

/// <summary>The repository a file belongs to: the nearest folder, walking up, that holds <c>.git</c>.</summary>
internal static class RepositoryRoot
{
    /// <summary>Whether <paramref name="directory"/> is the top of a Git work tree (or submodule).</summary>
    public static bool IsRoot(string directory) =>
        Directory.Exists(Path.Combine(directory, ".git")) || File.Exists(Path.Combine(directory, ".git"));

    /// <summary>The repository root above <paramref name="directory"/>, or the directory itself when there is none.</summary>
    public static string Find(string directory) => FindOrNull(directory) ?? Path.GetFullPath(directory);

    /// <summary>The repository root above <paramref name="directory"/>, or null when there is none.</summary>
    public static string? FindOrNull(string directory)
    {
        for (var current = Path.GetFullPath(directory); current is not null; current = Path.GetDirectoryName(current))
        {
            if (IsRoot(current))
            {
                return current;
            }
        }

        return null;
    }
}
