namespace KubeLint.Reporting;

/// <summary>Turns a file as the user named it into a relative URI reference against a source root ('/' separators, escaped segments).</summary>
internal static class ArtifactUri
{
    /// <summary>The URI of <paramref name="file"/> relative to <paramref name="sourceRoot"/> (absolute); stdin stays <c>-</c>.</summary>
    public static string From(string file, string sourceRoot)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file == "-")
        {
            return "-";
        }

        var relative = Path.GetRelativePath(sourceRoot, Path.GetFullPath(file)).Replace('\\', '/');
        return string.Join('/', relative.Split('/').Select(Uri.EscapeDataString));
    }

    /// <summary>A path that is already relative (a Helm template's <c># Source:</c>) as a URI reference.</summary>
    public static string FromRelative(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return string.Join('/', path.Replace('\\', '/').TrimStart('/').Split('/').Select(Uri.EscapeDataString));
    }
}
