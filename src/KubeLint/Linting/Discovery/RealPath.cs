namespace KubeLint.Linting.Discovery;

/// <summary>Paths with every symbolic link resolved, and whether one path lies inside another.</summary>
internal static class RealPath
{
    /// <summary>The path with every component's links resolved (as far as they can be).</summary>
    public static string Of(string path)
    {
        try
        {
            var info = new DirectoryInfo(path);
            var resolved = info.LinkTarget is null ? null : info.ResolveLinkTarget(returnFinalTarget: true);
            var full = resolved?.FullName ?? info.FullName;
            var parent = Path.GetDirectoryName(full);
            return parent is null ? full : Path.Combine(Of(parent), Path.GetFileName(full));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Path.GetFullPath(path);
        }
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies below it (both already real paths).</summary>
    public static bool IsInside(string path, string folder)
    {
        var withSlash = Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;
        return path == folder || path.StartsWith(withSlash, StringComparison.Ordinal);
    }
}
