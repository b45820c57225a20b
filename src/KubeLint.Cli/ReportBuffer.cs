using System.Text;

namespace KubeLint.Cli;

/// <summary>
/// A report held complete before any of it is printed, as UTF-8 in chunks small enough to stay out
/// of the large-object heap: a third of the memory a string of it takes, and never one string as large
/// as the report (a report of 67,000 findings is 18 MB of text).
/// </summary>
internal sealed class ReportBuffer : TextWriter
{
    private const int ChunkSize = 64 * 1024;
    private const int MaxBytesPerScalar = 4;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly List<byte[]> _chunks = [new byte[ChunkSize]];
    private readonly List<int> _lengths = [];
    private readonly Encoder _encoder = Utf8.GetEncoder();
    private int _used;

    public override Encoding Encoding => Utf8;

    public override void Write(char value) => Write([value]);

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(ReadOnlySpan<char> buffer) => Encode(buffer, flush: false);

    /// <summary>Writes the whole report to <paramref name="output"/> as text, a chunk at a time.</summary>
    public void CopyTo(TextWriter output)
    {
        var decoder = Utf8.GetDecoder();
        var characters = new char[Utf8.GetMaxCharCount(ChunkSize)];
        foreach (var bytes in Chunks())
        {
            var count = decoder.GetChars(bytes.Span, characters, flush: false);
            output.Write(characters.AsSpan(0, count));
        }

        output.Flush();
    }

    /// <summary>Writes the report's bytes to <paramref name="output"/>.</summary>
    public void CopyTo(Stream output)
    {
        foreach (var bytes in Chunks())
        {
            output.Write(bytes.Span);
        }
    }

    private void Encode(ReadOnlySpan<char> text, bool flush)
    {
        while (true)
        {
            if (ChunkSize - _used < MaxBytesPerScalar)
            {
                NextChunk();
            }

            _encoder.Convert(text, _chunks[^1].AsSpan(_used), flush, out var charsUsed, out var bytesUsed, out var completed);
            _used += bytesUsed;
            text = text[charsUsed..];
            if (completed)
            {
                return;
            }

            NextChunk();
        }
    }

    /// <summary>Closes the chunk at what it holds (the next character's bytes did not fit) and starts another.</summary>
    private void NextChunk()
    {
        _lengths.Add(_used);
        _chunks.Add(new byte[ChunkSize]);
        _used = 0;
    }

    private IEnumerable<ReadOnlyMemory<byte>> Chunks()
    {
        // A character left half-written (a lone high surrogate) is completed as U+FFFD, as an encoding writer would.
        Encode([], flush: true);
        for (var i = 0; i < _chunks.Count; i++)
        {
            yield return _chunks[i].AsMemory(0, i < _lengths.Count ? _lengths[i] : _used);
        }
    }
}
