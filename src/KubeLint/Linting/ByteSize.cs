using System.Globalization;

namespace KubeLint.Linting;

/// <summary>Sizes as people write them: <c>64MiB</c>, <c>512KiB</c>, <c>10MB</c>, <c>1048576</c>.</summary>
internal static class ByteSize
{
    private static readonly (string Suffix, long Factor)[] Units =
    [
        ("KiB", 1L << 10), ("MiB", 1L << 20), ("GiB", 1L << 30),
        ("KB", 1000), ("MB", 1000 * 1000), ("GB", 1000 * 1000 * 1000),
        ("K", 1L << 10), ("M", 1L << 20), ("G", 1L << 30), ("B", 1),
    ];

    /// <summary>Parses a positive size with an optional unit (binary KiB/MiB/GiB, K/M/G; decimal KB/MB/GB).</summary>
    public static bool TryParse(string? text, out long bytes)
    {
        bytes = 0;
        var trimmed = text?.Trim() ?? string.Empty;
        var (suffix, factor) = Units.FirstOrDefault(u => trimmed.EndsWith(u.Suffix, StringComparison.OrdinalIgnoreCase));
        var number = suffix is null ? trimmed : trimmed[..^suffix.Length].TrimEnd();
        if (!long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            return false;
        }

        factor = suffix is null ? 1 : factor;
        if (value > long.MaxValue / factor)
        {
            return false;
        }

        bytes = value * factor;
        return true;
    }

    /// <summary>The size in the largest binary unit that divides it, e.g. <c>64 MiB</c>, <c>1500 bytes</c>.</summary>
    public static string Format(long bytes) => bytes switch
    {
        >= 1L << 30 when bytes % (1L << 30) == 0 => $"{bytes >> 30} GiB",
        >= 1L << 20 when bytes % (1L << 20) == 0 => $"{bytes >> 20} MiB",
        >= 1L << 10 when bytes % (1L << 10) == 0 => $"{bytes >> 10} KiB",
        _ => $"{bytes} bytes",
    };
}
