using System.Text.RegularExpressions;

namespace KubeLint.Tests.Rendering.Locations;

/// <summary>
/// The oracle's changes to the source line a finding names, in the order they are tried: drop the
/// template expression the finding's column is on; rename the literal key on the line; drop the
/// template expressions that write content; change its literal text (for a key whose renaming breaks
/// the render, such as a resource's <c>name</c>). A line with none of these writes nothing, and no
/// finding should name it.
/// </summary>
internal static partial class TemplateMutation
{
    private static readonly string[] Control = ["if", "else", "end", "range", "with", "define", "block", "break", "continue"];

    /// <param name="line">The template line.</param>
    /// <param name="column">The finding's column (1-based): on an action, that action is what wrote the node.</param>
    public static IEnumerable<string> Mutations(string line, int column)
    {
        if (Mutate(line, column) is { } first)
        {
            yield return first;
        }

        if (ChangeLiteral(line) is { } literal && literal != Mutate(line, column))
        {
            yield return literal;
        }
    }

    private static string? Mutate(string line, int column)
    {
        var actions = Actions().Matches(line).ToList();
        if (actions.FirstOrDefault(a => column - 1 >= a.Index && column - 1 < a.Index + a.Length) is { } named && WritesContent(named))
        {
            return line.Remove(named.Index, named.Length);
        }

        var key = LiteralKey().Match(new string(Blanked(line, actions)));
        if (key.Success)
        {
            var end = key.Groups["key"].Index + key.Groups["key"].Length;
            return line[..end] + "-kl" + line[end..];
        }

        var writers = actions.Where(WritesContent).ToList();
        if (writers.Count > 0)
        {
            var kept = line;
            foreach (var action in Enumerable.Reverse(writers))
            {
                kept = kept.Remove(action.Index, action.Length);
            }

            return kept;
        }

        return ChangeLiteral(line);
    }

    private static string? ChangeLiteral(string line)
    {
        var blanked = Blanked(line, Actions().Matches(line));
        for (var i = blanked.Length - 1; i >= 0; i--)
        {
            if (blanked[i] != '\u0001' && !char.IsWhiteSpace(blanked[i]) && blanked[i] != '-')
            {
                // Inside a closing quote, so that the line stays valid YAML.
                var at = blanked[i] is '"' or '\'' && i > 0 ? i : i + 1;
                return line[..at] + "kl" + line[at..];
            }
        }

        return null;
    }

    private static char[] Blanked(string line, IEnumerable<Match> actions)
    {
        var blanked = line.ToCharArray();
        foreach (var action in actions)
        {
            Array.Fill(blanked, '\u0001', action.Index, action.Length);
        }

        return blanked;
    }

    private static bool WritesContent(Match action)
    {
        var body = action.Value.Trim('{', '}').Trim('-').Trim();
        if (body.StartsWith("/*", StringComparison.Ordinal) || body.StartsWith('$') && AssignmentStart().IsMatch(body))
        {
            return false;
        }

        var first = body.Split([' ', '\t', '('], 2)[0];
        return !Control.Contains(first);
    }

    [GeneratedRegex(@"\{\{.*?\}\}")]
    private static partial Regex Actions();

    [GeneratedRegex(@"^\s*(?:-\s+)*[""']?(?<key>[A-Za-z0-9_./-]+)[""']?\s*:(?:\s|$)")]
    private static partial Regex LiteralKey();

    [GeneratedRegex(@"^\$[A-Za-z0-9_]*(\s*,\s*\$[A-Za-z0-9_]*)?\s*:?=")]
    private static partial Regex AssignmentStart();
}
