using System.Text;
using KubeLint.Linting.Rendering;

namespace KubeLint.Tests.Rendering;

/// <summary>A renderer's output as kept: every <c>\r\n</c> and lone <c>\r</c> made <c>\n</c>, however the stream cuts it into reads.</summary>
public class BoundedReadTests
{
    [Test]
    public void Line_endings_are_made_newlines_wherever_the_reads_cut_them()
    {
        var random = new Random(23);
        for (var i = 0; i < 2_000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 60)).Select(_ => "ab\r\n"[random.Next(4)])]);
            var read = new BoundedRead(new ChoppedReader(text, random.Next()), maxChars: 1 << 20, onOverflow: null);

            Assert.That(read.Join(DateTime.UtcNow.AddSeconds(10)), Is.True);
            Assert.That(read.Text, Is.EqualTo(Expected(text)), () => $"input {Escape(text)}");
        }
    }

    [Test]
    public void Output_past_the_limit_is_cut_at_it_and_reported_once()
    {
        var overflows = 0;
        var read = new BoundedRead(new ChoppedReader(new string('x', 10_000) + "\r\n" + new string('y', 10_000), seed: 5), maxChars: 10_000, onOverflow: () => overflows++);

        Assert.That(read.Join(DateTime.UtcNow.AddSeconds(10)), Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(read.Truncated, Is.True);
            Assert.That(read.Text, Is.EqualTo(new string('x', 10_000)));
            Assert.That(overflows, Is.EqualTo(1));
        });
    }

    /// <summary>The rule character by character, and a final newline when there is text and it lacks one.</summary>
    private static string Expected(string text)
    {
        var kept = new StringBuilder();
        var afterCarriageReturn = false;
        foreach (var c in text)
        {
            if (!(c == '\n' && afterCarriageReturn))
            {
                kept.Append(c == '\r' ? '\n' : c);
            }

            afterCarriageReturn = c == '\r';
        }

        return kept.Length > 0 && kept[^1] != '\n' ? kept.Append('\n').ToString() : kept.ToString();
    }

    private static string Escape(string text) => text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>A reader that hands out its text in reads of random length, one character at the least.</summary>
    private sealed class ChoppedReader(string text, int seed) : TextReader
    {
        private readonly Random _random = new(seed);
        private int _position;

        public override int Read(char[] buffer, int index, int count)
        {
            var length = Math.Min(Math.Min(count, text.Length - _position), _random.Next(1, 8));
            text.CopyTo(_position, buffer, index, length);
            _position += length;
            return length;
        }
    }
}
