using System.Text.RegularExpressions;
using KubeLint.Yaml;

namespace KubeLint.Linting.Rendering;

/// <summary>
/// Finds, in a Helm template (which is not YAML until rendered), the line that writes a node path:
/// keys are followed in order through the indentation, list items are counted, and template
/// directives are stepped over. When a value comes from elsewhere (<c>toYaml .Values.x</c>), the
/// deepest key the template does write is the answer.
/// </summary>
internal static partial class TemplateLineFinder
{
    public static (SourcePosition Start, SourcePosition End)? Find(string template, IReadOnlyList<PathStep> steps)
    {
        var lines = template.Split('\n');
        var from = 0;
        var parentIndent = -1;
        (int Line, int Column, int EndColumn)? best = null;
        foreach (var step in steps)
        {
            var found = step.IsKey ? FindKey(lines, from, parentIndent, step.Key!) : FindItem(lines, from, parentIndent, step.Index);
            if (found is not { } hit)
            {
                break;
            }

            if (step.IsKey)
            {
                best = (hit.Line, hit.Column, lines[hit.Line].TrimEnd().Length + 1);
                from = hit.Line + 1;
            }
            else
            {
                from = hit.Line;
            }

            parentIndent = step.IsKey ? hit.Column - 1 : hit.Column - 3;
        }

        if (best is null)
        {
            var kind = Array.FindIndex(lines, l => l.StartsWith("kind:", StringComparison.Ordinal));
            best = kind >= 0 ? (kind, 1, lines[kind].TrimEnd().Length + 1) : null;
        }

        return best is { } b ? (new SourcePosition(b.Line + 1, b.Column, 0), new SourcePosition(b.Line + 1, b.EndColumn, 0)) : null;
    }

    private static (int Line, int Column)? FindKey(string[] lines, int from, int parentIndent, string key)
    {
        for (var i = from; i < lines.Length; i++)
        {
            if (IsSkippable(lines[i]))
            {
                continue;
            }

            var match = KeyLine().Match(lines[i]);
            var indent = Indent(lines[i]);
            if (match.Success && match.Groups["key"].Value.Trim('"', '\'') == key && match.Groups["key"].Index > parentIndent)
            {
                return (i, match.Groups["key"].Index + 1);
            }

            if (indent <= parentIndent && i > from)
            {
                return null;
            }
        }

        return null;
    }

    private static (int Line, int Column)? FindItem(string[] lines, int from, int parentIndent, int index)
    {
        (int Line, int Column)? first = null;
        var seen = 0;
        for (var i = from; i < lines.Length; i++)
        {
            if (IsSkippable(lines[i]))
            {
                continue;
            }

            var indent = Indent(lines[i]);
            if (indent <= parentIndent && !lines[i].TrimStart().StartsWith('-'))
            {
                break;
            }

            if (lines[i].AsSpan(indent).StartsWith("- ") || lines[i].AsSpan(indent).TrimEnd().SequenceEqual("-"))
            {
                var item = (i, indent + 3);
                first ??= item;
                if (seen++ == index)
                {
                    return item;
                }
            }
        }

        return first;
    }

    private static bool IsSkippable(string line)
    {
        var trimmed = line.TrimStart();
        return trimmed.Length == 0 || trimmed.StartsWith('#') || trimmed.StartsWith("{{", StringComparison.Ordinal);
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    [GeneratedRegex(@"^\s*(?:-\s+)*(?<key>[""']?[A-Za-z0-9_./-]+[""']?)\s*:(?:\s|$)")]
    private static partial Regex KeyLine();
}
