namespace KubeLint.Linting.Discovery;

/// <summary>
/// Reads the small files KubeLint consults on its own (<c>.gitignore</c>, <c>.kubelint.yaml</c>,
/// kustomizations, <c>Chart.yaml</c>, templates): only regular files, never more than a bound, so a
/// link to <c>/dev/zero</c> or a named pipe in a linted repository cannot hang the run.
/// </summary>
internal static class BoundedFile
{
    public const long DefaultMaxBytes = 4 * 1024 * 1024;

    /// <summary>The file's text; null when it is missing, not a regular file with content, larger than the bound, or unreadable.</summary>
    public static string? ReadText(string path, long maxBytes = DefaultMaxBytes)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length > maxBytes)
            {
                return null;
            }

            // Pipes, sockets, devices and /proc files report no length: they are never opened.
            if (info.Length == 0)
            {
                return string.Empty;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
            var buffer = new byte[info.Length + 1];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
            {
                total += read;
            }

            return total > maxBytes ? null : SourceDecoder.Decode(path, buffer.AsSpan(0, total)).Text;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
