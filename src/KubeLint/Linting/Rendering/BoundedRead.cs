using System.Text;

namespace KubeLint.Linting.Rendering;

/// <summary>
/// Reads a program's output stream to its end on a background thread of its own, keeping its first
/// <c>maxChars</c> characters with line endings made <c>\n</c>, as the lines a reader splits would be;
/// beyond that it calls <c>onOverflow</c> once (when given) and drains the rest unkept. The reader
/// is disposed once the stream has ended.
/// </summary>
internal sealed class BoundedRead
{
    private readonly StringBuilder _text = new();
    private readonly Thread _thread;
    private readonly TextReader _reader;
    private readonly long _maxChars;
    private readonly Action? _onOverflow;
    private bool _afterCarriageReturn;

    public BoundedRead(TextReader reader, long maxChars, Action? onOverflow)
    {
        _reader = reader;
        _maxChars = maxChars;
        _onOverflow = onOverflow;
        _thread = new Thread(ReadToEnd) { IsBackground = true, Name = "kubelint tool output" };
        _thread.Start();
    }

    /// <summary>Whether the stream held more than the characters kept.</summary>
    public bool Truncated { get; private set; }

    /// <summary>What was kept so far (all of it once <see cref="Join"/> returned true; a timed-out run reads it while the reader may still append).</summary>
    public string Text
    {
        get
        {
            lock (_text)
            {
                return _text.ToString();
            }
        }
    }

    /// <summary>Waits for the end of the stream until <paramref name="deadline"/>; false when it has not ended by then.</summary>
    public bool Join(DateTime deadline)
    {
        var left = deadline - DateTime.UtcNow;
        return _thread.Join(left > TimeSpan.Zero ? left : TimeSpan.Zero);
    }

    private void ReadToEnd()
    {
        var buffer = new char[16 * 1024];
        try
        {
            int read;
            while ((read = _reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (!Truncated)
                {
                    lock (_text)
                    {
                        Keep(buffer.AsSpan(0, read));
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The program was stopped while it wrote: what was read is kept.
        }
        finally
        {
            _reader.Dispose();
        }

        lock (_text)
        {
            if (!Truncated && _text.Length > 0 && _text[^1] != '\n')
            {
                _text.Append('\n');
            }
        }
    }

    private void Keep(ReadOnlySpan<char> chunk)
    {
        // Whole runs between carriage returns at a time: character by character cost 1–2 ms a megabyte.
        if (_afterCarriageReturn && chunk.StartsWith('\n'))
        {
            chunk = chunk[1..];
        }

        _afterCarriageReturn = false;
        while (!chunk.IsEmpty)
        {
            var carriageReturn = chunk.IndexOf('\r');
            if (carriageReturn < 0)
            {
                _text.Append(chunk);
                break;
            }

            _text.Append(chunk[..carriageReturn]).Append('\n');
            chunk = chunk[(carriageReturn + 1)..];
            if (chunk.IsEmpty)
            {
                _afterCarriageReturn = true;
            }
            else if (chunk[0] == '\n')
            {
                chunk = chunk[1..];
            }
        }

        if (_text.Length > _maxChars)
        {
            Truncated = true;
            _text.Length = (int)_maxChars;
            _onOverflow?.Invoke();
        }
    }
}
