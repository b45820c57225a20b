using System.Text;
using KubeLint.Cli;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Cli;

public class ReportBufferTests
{
    // Characters of one, two, three and four UTF-8 bytes, so chunk boundaries fall inside every width.
    private static readonly string[] Pieces = ["a", "é", "€", "😀", "\n", "kubelint: ", "ü😀€"];

    [TestCase(10, 4 * 1024 * 1024)]
    [TestCase(70_000, 4 * 1024 * 1024)]
    [TestCase(400_000, 4 * 1024 * 1024)]
    [TestCase(400_000, 128 * 1024)]
    public void Text_that_crosses_chunk_boundaries_comes_back_unchanged_in_memory_or_from_a_temporary_file(int pieces, int maxBytesInMemory)
    {
        var random = new Random(pieces);
        var expected = new StringBuilder();
        using var spillDirectory = new TempDirectory();
        using var buffer = new ReportBuffer(maxBytesInMemory, spillDirectory.Path);
        for (var i = 0; i < pieces; i++)
        {
            var piece = Pieces[random.Next(Pieces.Length)];
            expected.Append(piece);
            if (i % 3 == 0)
            {
                buffer.Write(piece);
            }
            else if (i % 3 == 1)
            {
                buffer.Write(piece.ToCharArray(), 0, piece.Length);
            }
            else
            {
                foreach (var character in piece)
                {
                    buffer.Write(character);
                }
            }
        }

        var text = new StringWriter();
        buffer.CopyTo(text);
        var bytes = new MemoryStream();
        buffer.CopyTo(bytes);
        var expectedBytes = new UTF8Encoding(false).GetBytes(expected.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(text.ToString(), Is.EqualTo(expected.ToString()));
            Assert.That(bytes.ToArray(), Is.EqualTo(expectedBytes));
            Assert.That(buffer.Spilled, Is.EqualTo(expectedBytes.Length > maxBytesInMemory));
        });
    }

    [Test]
    public void The_temporary_file_is_readable_only_by_its_owner_and_gone_when_the_buffer_is_disposed()
    {
        using var spillDirectory = new TempDirectory();
        var buffer = new ReportBuffer(64 * 1024, spillDirectory.Path);
        buffer.Write(new string('x', 300 * 1024));
        var spilled = Directory.GetFiles(spillDirectory.Path);
        Assert.That(spilled, Has.Length.EqualTo(1));
        if (!OperatingSystem.IsWindows())
        {
            Assert.That(File.GetUnixFileMode(spilled[0]), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        }

        buffer.Dispose();
        Assert.That(Directory.GetFiles(spillDirectory.Path), Is.Empty);
    }

    [Test]
    public void Where_no_temporary_file_can_be_made_the_report_stays_in_memory()
    {
        using var buffer = new ReportBuffer(64 * 1024, "/nonexistent/kubelint-no-such-folder");
        var text = new string('y', 300 * 1024);
        buffer.Write(text);
        var copy = new StringWriter();
        buffer.CopyTo(copy);
        Assert.Multiple(() =>
        {
            Assert.That(buffer.Spilled, Is.False);
            Assert.That(copy.ToString(), Is.EqualTo(text));
        });
    }

    [Test]
    public void A_character_left_half_written_becomes_a_replacement_character_as_a_stream_writer_writes_it()
    {
        var buffer = new ReportBuffer();
        buffer.Write("end \ud83d");
        var bytes = new MemoryStream();
        buffer.CopyTo(bytes);

        var reference = new MemoryStream();
        using (var writer = new StreamWriter(reference, new UTF8Encoding(false), leaveOpen: true))
        {
            writer.Write("end \ud83d");
        }

        Assert.That(bytes.ToArray(), Is.EqualTo(reference.ToArray()));
    }
}
