using KubeLint.Linting;

namespace KubeLint.Tests.Linting;

public class ByteSizeTests
{
    [TestCase("1048576", 1048576L)]
    [TestCase("64MiB", 64L << 20)]
    [TestCase("64M", 64L << 20)]
    [TestCase("512 KiB", 512L << 10)]
    [TestCase("10MB", 10_000_000L)]
    [TestCase("2gib", 2L << 30)]
    [TestCase("100B", 100L)]
    public void Sizes_parse(string text, long bytes)
    {
        Assert.That(ByteSize.TryParse(text, out var parsed), Is.True);
        Assert.That(parsed, Is.EqualTo(bytes));
    }

    [TestCase("")]
    [TestCase("0")]
    [TestCase("-1MiB")]
    [TestCase("lots")]
    [TestCase("1.5MiB")]
    [TestCase("99999999999999GiB")]
    public void Nonsense_does_not_parse(string text) => Assert.That(ByteSize.TryParse(text, out _), Is.False);

    [TestCase(64L << 20, "64 MiB")]
    [TestCase(1024L, "1 KiB")]
    [TestCase(1500L, "1500 bytes")]
    [TestCase(3L << 30, "3 GiB")]
    public void Sizes_format_in_the_largest_whole_unit(long bytes, string text) => Assert.That(ByteSize.Format(bytes), Is.EqualTo(text));
}
