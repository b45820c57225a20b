namespace KubeLint.Tests.Rendering.Locations;

/// <summary>
/// Whether a line of one render is kept, unchanged, in another: by a longest common subsequence of
/// lines, first of whole documents when the renders differ in many places.
/// </summary>
internal static class RenderedLineDiff
{
    private const long MaxCells = 20_000_000;

    /// <param name="before">The original render's lines.</param>
    /// <param name="after">The render after the change.</param>
    /// <param name="line">A 0-based line of <paramref name="before"/>.</param>
    public static bool Survives(string[] before, string[] after, int line)
    {
        if ((long)before.Length * after.Length <= MaxCells)
        {
            return Matches(before, after)[line] >= 0;
        }

        // Too long to compare line by line: pair the documents first; the changed document is compared
        // with the changed documents between the unchanged neighbours it has in the other render.
        var documentsBefore = Documents(before);
        var documentsAfter = Documents(after);
        var pairs = Matches([.. documentsBefore.Select(d => string.Join('\n', d.Lines))], [.. documentsAfter.Select(d => string.Join('\n', d.Lines))]);
        var index = documentsBefore.FindLastIndex(d => d.Start <= line);
        if (pairs[index] >= 0)
        {
            return true;
        }

        var previous = index - 1;
        while (previous >= 0 && pairs[previous] < 0)
        {
            previous--;
        }

        var next = index + 1;
        while (next < pairs.Length && pairs[next] < 0)
        {
            next++;
        }

        var from = previous >= 0 ? pairs[previous] + 1 : 0;
        var to = next < pairs.Length ? pairs[next] : documentsAfter.Count;
        var document = documentsBefore[index];
        return documentsAfter.Skip(from).Take(to - from)
            .Select(candidate => Matches(document.Lines, candidate.Lines))
            .MaxBy(kept => kept.Count(k => k >= 0)) is { } best && best[line - document.Start] >= 0;
    }

    private static List<(int Start, string[] Lines)> Documents(string[] lines)
    {
        var starts = Enumerable.Range(0, lines.Length).Where(i => i == 0 || lines[i].StartsWith("---", StringComparison.Ordinal)).ToList();
        return [.. starts.Select((start, k) => (start, lines[start..(k + 1 < starts.Count ? starts[k + 1] : lines.Length)]))];
    }

    /// <summary>For each line of <paramref name="a"/>, the line of <paramref name="b"/> a longest common subsequence pairs it with, or -1.</summary>
    private static int[] Matches(string[] a, string[] b)
    {
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        var matched = new int[a.Length];
        Array.Fill(matched, -1);
        for (var i = 0; i < prefix; i++)
        {
            matched[i] = i;
        }

        for (var i = 0; i < suffix; i++)
        {
            matched[a.Length - 1 - i] = b.Length - 1 - i;
        }

        var n = a.Length - prefix - suffix;
        var m = b.Length - prefix - suffix;
        var lengths = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lengths[i, j] = a[prefix + i] == b[prefix + j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        for (int i = 0, j = 0; i < n && j < m;)
        {
            if (a[prefix + i] == b[prefix + j])
            {
                matched[prefix + i++] = prefix + j++;
            }
            else if (lengths[i + 1, j] >= lengths[i, j + 1])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return matched;
    }
}
