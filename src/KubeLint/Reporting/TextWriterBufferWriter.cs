using System.Buffers;
using System.Text;

namespace KubeLint.Reporting;

/// <summary>
/// Lets a <see cref="System.Text.Json.Utf8JsonWriter"/> write straight into a <see cref="TextWriter"/>
/// in chunks, so a report of a hundred thousand findings is never held whole as one string.
/// </summary>
internal sealed class TextWriterBufferWriter(TextWriter output) : IBufferWriter<byte>
{
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
    private byte[] _bytes = new byte[64 * 1024];
    private char[] _chars = new char[64 * 1024];

    public void Advance(int count)
    {
        var needed = _decoder.GetCharCount(_bytes, 0, count, flush: false);
        if (needed > _chars.Length)
        {
            _chars = new char[needed];
        }

        var written = _decoder.GetChars(_bytes, 0, count, _chars, 0, flush: false);
        output.Write(_chars, 0, written);
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        EnsureCapacity(sizeHint);
        return _bytes;
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        EnsureCapacity(sizeHint);
        return _bytes;
    }

    private void EnsureCapacity(int sizeHint)
    {
        if (sizeHint > _bytes.Length)
        {
            _bytes = new byte[sizeHint];
        }
    }
}

/// <summary>Serializes a report to a <see cref="TextWriter"/> as it goes, with the options of its type information.</summary>
internal static class JsonOutput
{
    public static void Write<T>(TextWriter output, T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
    {
        var options = typeInfo.Options;
        using (var writer = new System.Text.Json.Utf8JsonWriter(
            new TextWriterBufferWriter(output),
            new System.Text.Json.JsonWriterOptions { Indented = options.WriteIndented, Encoder = options.Encoder, NewLine = options.NewLine }))
        {
            System.Text.Json.JsonSerializer.Serialize(writer, value, typeInfo);
        }

        output.WriteLine();
    }
}
