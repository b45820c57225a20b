using System.Buffers;
using System.Text;

namespace KubeLint;

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
