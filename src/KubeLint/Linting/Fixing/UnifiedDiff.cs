using System.Text;

namespace KubeLint.Linting.Fixing;

/// <summary>
/// A unified diff (<c>diff -u</c>, three lines of context) between two texts, by lines. Myers'
/// algorithm costs time in proportion to the size times the number of changed lines, which a fix
/// keeps small.
/// </summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    public static string Of(string path, string before, string after)
    {
        var a = Lines(before);
        var b = Lines(after);
        var script = Script(a, b);
        var output = new StringBuilder();
        output.Append("--- a/").Append(path).Append('\n').Append("+++ b/").Append(path).Append('\n');
        var changes = Enumerable.Range(0, script.Count).Where(k => script[k].Kind != ' ').ToList();
        var c = 0;
        while (c < changes.Count)
        {
            // Changes closer than twice the context share a hunk.
            var last = c;
            while (last + 1 < changes.Count && changes[last + 1] - changes[last] <= 2 * Context + 1)
            {
                last++;
            }

            var start = Math.Max(0, changes[c] - Context);
            var end = Math.Min(script.Count, changes[last] + 1 + Context);
            var hunk = script.GetRange(start, end - start);
            var oldStart = script.Take(start).Count(s => s.Kind != '+') + 1;
            var newStart = script.Take(start).Count(s => s.Kind != '-') + 1;
            var oldCount = hunk.Count(s => s.Kind != '+');
            var newCount = hunk.Count(s => s.Kind != '-');
            output.Append($"@@ -{(oldCount == 0 ? oldStart - 1 : oldStart)},{oldCount} +{(newCount == 0 ? newStart - 1 : newStart)},{newCount} @@\n");
            foreach (var (kind, line) in hunk)
            {
                output.Append(kind).Append(line.TrimEnd('\r')).Append('\n');
            }

            c = last + 1;
        }

        return output.ToString();
    }

    internal static string[] Lines(string text) =>
        text.Length == 0 ? [] : text.EndsWith('\n') ? text[..^1].Split('\n') : text.Split('\n');

    /// <summary>Myers' shortest edit script: each line kept (' '), removed ('-') or added ('+'), in order.</summary>
    internal static List<(char Kind, string Line)> Script(string[] a, string[] b)
    {
        var max = a.Length + b.Length;
        var v = new int[2 * max + 2];
        // Only the diagonals a round can reach are kept for the way back: memory grows with the square of the changes, not with the file.
        var trace = new List<(int[] Values, int Low)>();
        var found = false;
        for (var d = 0; d <= max && !found; d++)
        {
            var low = Math.Max(0, max - d - 1);
            trace.Add((v[low..Math.Min(v.Length, max + d + 2)], low));
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[max + k - 1] < v[max + k + 1]) ? v[max + k + 1] : v[max + k - 1] + 1;
                var y = x - k;
                while (x < a.Length && y < b.Length && a[x] == b[y])
                {
                    x++;
                    y++;
                }

                v[max + k] = x;
                if (x >= a.Length && y >= b.Length)
                {
                    found = true;
                    break;
                }
            }
        }

        var script = new List<(char, string)>();
        int px = a.Length, py = b.Length;
        for (var d = trace.Count - 1; d >= 0; d--)
        {
            var (values, low) = trace[d];
            int V(int diagonal) => values[max + diagonal - low];
            var k = px - py;
            var prevK = k == -d || (k != d && V(k - 1) < V(k + 1)) ? k + 1 : k - 1;
            var prevX = d == 0 ? 0 : V(prevK);
            var prevY = prevX - prevK;
            while (px > prevX && py > prevY)
            {
                script.Add((' ', a[--px]));
                py--;
            }

            if (d > 0)
            {
                if (px == prevX)
                {
                    script.Add(('+', b[--py]));
                }
                else
                {
                    script.Add(('-', a[--px]));
                }
            }
        }

        script.Reverse();
        return script;
    }
}
