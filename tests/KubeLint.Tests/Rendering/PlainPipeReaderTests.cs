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

    [TestCase("\\377\\376k\\000i\\000n\\000d\\000", TestName = "a UTF-16 byte-order mark")]
    [TestCase("\\377\\376\\000\\000k\\000\\000\\000", TestName = "a UTF-32 byte-order mark")]
    [TestCase("kind: \\377\\300Pod\\000\\r\\n", TestName = "invalid UTF-8, a NUL and CRLF")]
    [TestCase("name: caf\\303", TestName = "a character cut off at the end")]
    public void A_renderer_s_bytes_read_as_the_process_reader_reads_them(string printfBytes)
    {
        var script = $"printf '{printfBytes}'";
        string expected;
        using (var reference = Started(script))
        {
            expected = reference.StandardOutput.ReadToEnd();
        }

        using var process = Started(script);
        using var reader = PlainPipeReader.Over(process.StandardOutput);

        Assert.That(reader.ReadToEnd(), Is.EqualTo(expected));
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
