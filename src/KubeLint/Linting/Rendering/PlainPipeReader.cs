using System.IO.Pipes;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace KubeLint.Linting.Rendering;

/// <summary>
/// A program's redirected output read with plain reads of its pipe. On Unix,
/// <see cref="System.Diagnostics.Process"/> hands out a <see cref="PipeStream"/>, whose first read
/// starts .NET's socket engine: a thread of its own and about 14 ms of processor time, on the cores
/// the renderer needs while it runs. A <see cref="FileStream"/> over the same descriptor reads it
/// directly. The pipe's handle is held until this reader is disposed, so closing the process's own
/// reader cannot close the descriptor under a read; disposing this reader closes both, and with them
/// the descriptor.
/// </summary>
internal sealed class PlainPipeReader : StreamReader
{
    private readonly StreamReader _processReader;
    private readonly SafeHandle _pipe;
    private int _released;

    private PlainPipeReader(StreamReader processReader, SafeHandle pipe, Stream stream)
        : base(stream, processReader.CurrentEncoding, detectEncodingFromByteOrderMarks: true, bufferSize: 4096)
    {
        _processReader = processReader;
        _pipe = pipe;
    }

    /// <summary>A reader of the same pipe, with the same encoding, that reads it plainly; <paramref name="output"/> itself when it reads no pipe stream (Windows).</summary>
    public static StreamReader Over(StreamReader output)
    {
        if (output.BaseStream is not PipeStream pipeStream)
        {
            return output;
        }

        var pipe = pipeStream.SafePipeHandle;
        var added = false;
        pipe.DangerousAddRef(ref added);
        try
        {
            var stream = new FileStream(new SafeFileHandle(pipe.DangerousGetHandle(), ownsHandle: false), FileAccess.Read, bufferSize: 0);
            return new PlainPipeReader(output, pipe, stream);
        }
        catch
        {
            pipe.DangerousRelease();
            throw;
        }
    }

    protected override void Dispose(bool disposing)
    {
        try
        {
            base.Dispose(disposing);
        }
        finally
        {
            if (disposing && Interlocked.Exchange(ref _released, 1) == 0)
            {
                _processReader.Dispose();
                _pipe.DangerousRelease();
            }
        }
    }
}
