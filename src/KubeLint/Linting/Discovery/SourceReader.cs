namespace KubeLint.Linting.Discovery;

/// <summary>Reads an input file's text, never more than the size limit, and never writes to it.</summary>
internal static class SourceReader
{
    public static (string? Text, InputError? Error) Read(InputFile file, long maxBytes)
    {
        if (file.Text is not null)
        {
            return (file.Text, null);
        }

        if (file.FullPath is null || (!file.IsExplicit && file.Length == 0))
        {
            return (string.Empty, null);
        }

        if (file.Length > maxBytes)
        {
            return (null, TooLarge(file, maxBytes));
        }

        try
        {
            using var stream = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
            var bytes = ReadCapped(stream, maxBytes);
            return bytes is null ? (null, TooLarge(file, maxBytes)) : SourceDecoder.Decode(file.DisplayPath, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, InputError.ForWhole(file.DisplayPath, $"cannot read file: {e.Message}"));
        }
    }

    /// <summary>Reads the stream to its end, or returns null once it passes <paramref name="maxBytes"/>.</summary>
    private static byte[]? ReadCapped(Stream stream, long maxBytes)
    {
        if (stream.CanSeek && stream.Length > 0)
        {
            if (stream.Length > maxBytes)
            {
                return null;
            }

            var exact = new byte[stream.Length];
            stream.ReadExactly(exact);
            return exact;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    private static InputError TooLarge(InputFile file, long maxBytes) =>
        InputError.ForWhole(file.DisplayPath, $"file is larger than {ByteSize.Format(maxBytes)} (the --max-file-size limit); not linted");
}
