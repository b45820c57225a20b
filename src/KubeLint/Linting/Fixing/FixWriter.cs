using KubeLint.Linting.Discovery;

namespace KubeLint.Linting.Fixing;

/// <summary>
/// Writes a fixed file in place of the one linted: only a regular file below the paths the run was
/// given, only when it still holds the text the fix was computed from, atomically (a file beside it,
/// then a rename) and with its permissions and byte-order mark kept.
/// </summary>
internal static class FixWriter
{
    /// <summary>A file's text as a fix reads it: UTF-8, with or without a byte-order mark; null when it is not.</summary>
    public static string? Read(string file) => ReadWithMark(file).Text;

    private static (string? Text, bool Bom) ReadWithMark(string file)
    {
        try
        {
            var bytes = File.ReadAllBytes(file);
            var bom = bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]);
            return (new System.Text.UTF8Encoding(bom, throwOnInvalidBytes: true).GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0)), bom);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
        {
            return (null, false);
        }
    }

    /// <summary>Null when written, else why not.</summary>
    public static string? Write(FileChange change, IReadOnlyList<string> roots)
    {
        var full = Path.GetFullPath(change.File);
        var info = new FileInfo(full);
        if (!info.Exists || info.LinkTarget is not null)
        {
            return "not a regular file (a symbolic link is not replaced)";
        }

        var real = RealPath.Of(full);
        if (!roots.Any(root => RealPath.IsInside(real, RealPath.Of(Path.GetFullPath(root)))))
        {
            return "outside the paths given";
        }

        var (current, bom) = ReadWithMark(full);
        var encoding = new System.Text.UTF8Encoding(bom);
        if (current != change.Original)
        {
            return "changed since it was read; not written";
        }

        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.kubelint-fix-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllBytes(temporary, [.. encoding.GetPreamble(), .. encoding.GetBytes(change.Fixed)]);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(full));
            }

            File.Move(temporary, full, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            return $"cannot write: {e.Message}";
        }
    }
}
