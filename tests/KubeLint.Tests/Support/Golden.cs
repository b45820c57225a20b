namespace KubeLint.Tests.Support;

/// <summary>
/// Golden files: the expected output lives in the repository next to what produces it. On a
/// mismatch the actual output is written beside it as <c>*.received.*</c> for review; setting
/// KUBELINT_ACCEPT_GOLDEN=1 (never honoured under CI) overwrites the golden file instead.
/// </summary>
internal static class Golden
{
    public static bool Accepting =>
        Environment.GetEnvironmentVariable("KUBELINT_ACCEPT_GOLDEN") == "1"
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static void Verify(string goldenPath, string actual)
    {
        var normalized = Normalize(actual);
        var received = ReceivedPath(goldenPath);
        if (Accepting)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(goldenPath)!);
            File.WriteAllText(goldenPath, normalized);
            File.Delete(received);
            return;
        }

        var expected = File.Exists(goldenPath) ? Normalize(File.ReadAllText(goldenPath)) : null;
        if (expected == normalized)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, normalized);
        Assert.Fail(expected is null
            ? $"No golden file {Relative(goldenPath)}; the output was written to {Relative(received)}. Review it and run with KUBELINT_ACCEPT_GOLDEN=1 to accept."
            : $"{Relative(goldenPath)} differs from the output, written to {Relative(received)}.\n{FirstDifference(expected, normalized)}");
    }

    public static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";

    private static string ReceivedPath(string goldenPath)
    {
        var extension = Path.GetExtension(goldenPath);
        return Path.ChangeExtension(goldenPath, null) + ".received" + extension;
    }

    private static string Relative(string path) => Path.GetRelativePath(RepositoryPaths.Root, path);

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end>";
            var a = i < actualLines.Length ? actualLines[i] : "<end>";
            if (e != a)
            {
                return $"first difference at line {i + 1}:\n  expected: {e}\n  actual:   {a}";
            }
        }

        return string.Empty;
    }
}
