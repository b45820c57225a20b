using System.Text;

namespace KubeLint.Cli;

/// <summary>
/// A report held complete before any of it is printed, as UTF-8 in chunks small enough to stay out
/// of the large-object heap, never as one string (a report of 67,000 findings is 18 MB of text).
/// Past <c>maxBytesInMemory</c> the chunks go to a temporary file only this user can read, deleted
/// when the buffer is disposed; where no such file can be made, they stay in memory.
/// </summary>
internal sealed class ReportBuffer(int maxBytesInMemory = 4 * 1024 * 1024, string? spillDirectory = null) : TextWriter
{
    private const int ChunkSize = 64 * 1024;
    private const int MaxBytesPerScalar = 4;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly List<byte[]> _chunks = [new byte[ChunkSize]];
    private readonly List<int> _lengths = [];
    private readonly Encoder _encoder = Utf8.GetEncoder();
    private int _used;
    private FileStream? _spill;
    private bool _spillRefused;

    /// <summary>Whether part of the report is in a temporary file.</summary>
    public bool Spilled => _spill is not null;

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
        if (_spill is null && (_chunks.Count + 1) * ChunkSize > maxBytesInMemory && !_spillRefused)
        {
            _spill = OpenSpill();
            _spillRefused = _spill is null;
            for (var i = 0; _spill is not null && i < _lengths.Count; i++)
            {
                _spill.Write(_chunks[i], 0, _lengths[i]);
            }

            if (_spill is not null)
            {
                _chunks.RemoveRange(0, _lengths.Count);
                _lengths.Clear();
            }
        }

        if (_spill is not null)
        {
            // The current chunk is written out and used again.
            _spill.Write(_chunks[^1], 0, _used);
        }
        else
        {
            _lengths.Add(_used);
            _chunks.Add(new byte[ChunkSize]);
        }

        _used = 0;
    }

    private FileStream? OpenSpill()
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.ReadWrite,
            Options = FileOptions.DeleteOnClose,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            return new FileStream(Path.Combine(spillDirectory ?? Path.GetTempPath(), $"kubelint-report-{Guid.NewGuid():N}.tmp"), options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _spill?.Dispose();
            _spill = null;
        }

        base.Dispose(disposing);
    }

    private IEnumerable<ReadOnlyMemory<byte>> Chunks()
    {
        // A character left half-written (a lone high surrogate) is completed as U+FFFD, as an encoding writer would.
        Encode([], flush: true);
        if (_spill is not null)
        {
            var block = new byte[ChunkSize];
            _spill.Flush();
            for (var offset = 0L; offset < _spill.Length;)
            {
                var read = RandomAccess.Read(_spill.SafeFileHandle, block, offset);
                if (read == 0)
                {
                    throw new IOException("the report's temporary file ended early");
                }

                offset += read;
                yield return block.AsMemory(0, read);
            }
        }

        for (var i = 0; i < _chunks.Count; i++)
        {
            yield return _chunks[i].AsMemory(0, i < _lengths.Count ? _lengths[i] : _used);
        }
    }
}
