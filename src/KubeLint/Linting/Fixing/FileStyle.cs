namespace KubeLint.Linting.Fixing;

/// <summary>What edits of one file write in its own way, computed once per file: its line ending, indentation step and line starts.</summary>
internal sealed record FileStyle(string Newline, int IndentStep, int[] LineStarts)
{
    public static FileStyle Of(string text) =>
        new(text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n", IndentStepOf(text), LineStartsOf(text));

    private static int[] LineStartsOf(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }

        return [.. starts];
    }

    /// <summary>The file's indentation step: the smallest indentation greater than zero that a line uses (2 when none does).</summary>
    private static int IndentStepOf(string text)
    {
        var smallest = int.MaxValue;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var indent = line.Length - line.TrimStart(' ').Length;
            if (indent > 0 && indent < line.Length && line[indent] != '#' && indent < smallest)
            {
                smallest = indent;
            }
        }

        return smallest is > 0 and <= 8 ? smallest : 2;
    }
}
