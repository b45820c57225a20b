using System.Globalization;

namespace KubeLint.Linting.Rendering;

/// <summary>One step of a node path: a mapping key or a sequence index.</summary>
internal sealed record PathStep(string? Key, int Index)
{
    public bool IsKey => Key is not null;
}

/// <summary>Parses the node paths findings carry, e.g. <c>spec.containers[0].securityContext['a.b']</c>.</summary>
internal static class NodePath
{
    public static IReadOnlyList<PathStep> Parse(string path)
    {
        var steps = new List<PathStep>();
        var i = 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                i++;
            }
            else if (path.AsSpan(i).StartsWith("['"))
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? path.Length : end;
                steps.Add(new PathStep(path[(i + 2)..end], -1));
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                end = end < 0 ? path.Length : end;
                steps.Add(new PathStep(null, int.TryParse(path.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : 0));
                i = end + 1;
            }
            else
            {
                var end = path.IndexOfAny(['.', '['], i);
                end = end < 0 ? path.Length : end;
                steps.Add(new PathStep(path[i..end], -1));
                i = end;
            }
        }

        return steps;
    }
}
