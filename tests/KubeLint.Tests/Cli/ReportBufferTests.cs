using System.Text;
using KubeLint.Cli;

namespace KubeLint.Tests.Cli;

public class ReportBufferTests
{
    // Characters of one, two, three and four UTF-8 bytes, so chunk boundaries fall inside every width.
    private static readonly string[] Pieces = ["a", "é", "€", "😀", "\n", "kubelint: ", "ü😀€"];

    [TestCase(10)]
    [TestCase(70_000)]
    [TestCase(400_000)]
    public void Text_that_crosses_chunk_boundaries_comes_back_unchanged(int pieces)
    {
        var random = new Random(pieces);
        var expected = new StringBuilder();
        var buffer = new ReportBuffer();
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
        Assert.Multiple(() =>
        {
            Assert.That(text.ToString(), Is.EqualTo(expected.ToString()));
            Assert.That(bytes.ToArray(), Is.EqualTo(new UTF8Encoding(false).GetBytes(expected.ToString())));
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
