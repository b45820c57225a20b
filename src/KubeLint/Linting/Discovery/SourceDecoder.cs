using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace KubeLint.Linting.Discovery;

/// <summary>
/// Turns a file's bytes into text the way the API server would accept it: UTF-8 (with or without
/// BOM) or UTF-16 with a BOM. Binary content is refused; invalid UTF-8 is reported with its
/// position and replaced, so the rest of the file is still linted.
/// </summary>
internal static class SourceDecoder
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static (string? Text, InputError? Error) Decode(string file, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return (encoding.GetString(bytes[2..]), null);
        }

        if (bytes.StartsWith(Utf8Bom))
        {
            bytes = bytes[Utf8Bom.Length..];
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            var (line, column) = PositionOf(bytes, nul);
            return (null, new InputError(file, line, column, "binary content (a NUL byte); not a manifest, not linted"));
        }

        if (Utf8.IsValid(bytes))
        {
            return (Encoding.UTF8.GetString(bytes), null);
        }

        var invalidAt = FirstInvalidByte(bytes);
        var (badLine, badColumn) = PositionOf(bytes, invalidAt);
        var error = new InputError(
            file,
            badLine,
            badColumn,
            $"not valid UTF-8 (byte 0x{bytes[invalidAt]:X2}); invalid bytes were read as U+FFFD");
        return (Encoding.UTF8.GetString(bytes), error);
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            Utf8.ToUtf16(bytes, chars, out var read, out _, replaceInvalidSequences: false);
            return Math.Min(read, bytes.Length - 1);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>1-based line and column (in UTF-16 units) of a byte index.</summary>
    private static (int Line, int Column) PositionOf(ReadOnlySpan<byte> bytes, int index)
    {
        var before = bytes[..index];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return (line, column);
    }
}
