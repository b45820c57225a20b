namespace KubeLint.Cli;

/// <summary>Finds the root of the git repository that holds a directory (where paths in reports are relative to).</summary>
internal static class RepositoryRoot
{
    public static string Find(string directory)
    {
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            if (Directory.Exists(Path.Combine(current.FullName, ".git")) || File.Exists(Path.Combine(current.FullName, ".git")))
            {
                return current.FullName;
            }
        }

        return Path.GetFullPath(directory);
    }
}
