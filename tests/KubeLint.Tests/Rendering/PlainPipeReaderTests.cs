using System.Diagnostics;
using System.IO.Pipes;
using System.Text;
using KubeLint.Linting.Rendering;

namespace KubeLint.Tests.Rendering;

/// <summary>A program's output read plainly from its pipe: the same text, and a descriptor that stays open while it is read.</summary>
public class PlainPipeReaderTests
{
    [SetUp]
    public void NeedsAShell()
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/bin/sh"))
        {
            Assert.Ignore("these runs use /bin/sh");
        }
    }

    [Test]
    public void The_pipe_is_read_on_after_the_process_s_own_reader_is_disposed()
    {
        using var process = Started("printf 'kind: Pod\\n'; sleep 0.3; printf 'metadata: {}\\n'");
        using var reader = PlainPipeReader.Over(process.StandardOutput);
        Assert.That(reader, Is.Not.SameAs(process.StandardOutput), "on Unix the process hands out a pipe stream");

        process.StandardOutput.Dispose();

        Assert.That(reader.ReadToEnd(), Is.EqualTo("kind: Pod\nmetadata: {}\n"));
    }

    [Test]
    public void A_byte_order_mark_is_read_as_the_process_reader_would_read_it()
    {
        using var process = Started("printf '\\357\\273\\277a: 1\\n'");
        using var reader = PlainPipeReader.Over(process.StandardOutput);

        Assert.That(reader.ReadToEnd(), Is.EqualTo("a: 1\n"));
    }

    [Test]
    public void Disposing_it_closes_the_descriptor_once()
    {
        using var process = Started("printf x");
        var pipe = ((PipeStream)process.StandardOutput.BaseStream).SafePipeHandle;
        var reader = PlainPipeReader.Over(process.StandardOutput);
        reader.Dispose();

        Assert.Multiple(() =>
        {
            Assert.That(pipe.IsClosed, Is.True);
            Assert.DoesNotThrow(reader.Dispose);
        });
    }

    private static Process Started(string script)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        return Process.Start(start)!;
    }
}
