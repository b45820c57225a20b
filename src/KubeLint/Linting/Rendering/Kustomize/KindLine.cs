namespace KubeLint.Linting.Rendering.Kustomize;

/// <summary>
/// Whether a file's text has a line that says <c>kind: X</c> (block YAML, quoted or not, or a JSON
/// member): a cheap test that keeps a resource finder from parsing files that only mention a kind,
/// such as a CRD whose schema describes Deployments.
/// </summary>
internal static class KindLine
{
    public static bool In(string text, string kind)
    {
        if (kind.Length == 0)
        {
            return false;
        }

        for (var at = text.IndexOf(kind, StringComparison.Ordinal); at >= 0; at = text.IndexOf(kind, at + 1, StringComparison.Ordinal))
        {
            if (IsKeyBefore(text, at) && IsEndAfter(text, at + kind.Length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the line up to <paramref name="end"/> is <c>[- ]["']kind["']: ["']</c>.</summary>
    private static bool IsKeyBefore(string text, int end)
    {
        var i = end - 1;
        i = SkipBack(text, i, c => c is '"' or '\'', max: 1);
        i = SkipBack(text, i, c => c is ' ' or '\t', max: int.MaxValue);
        if (i < 0 || text[i] != ':')
        {
            return false;
        }

        i = SkipBack(text, i - 1, c => c is ' ' or '\t', max: int.MaxValue);
        i = SkipBack(text, i, c => c is '"' or '\'', max: 1);
        if (i < 3 || string.CompareOrdinal(text, i - 3, "kind", 0, 4) != 0)
        {
            return false;
        }

        i = SkipBack(text, i - 4, c => c is '"' or '\'', max: 1);
        i = SkipBack(text, i, c => c is ' ' or '\t' or '-' or '{' or ',', max: int.MaxValue);
        return i < 0 || text[i] == '\n';
    }

    /// <summary>Whether the line goes on from <paramref name="start"/> with at most a closing quote, a comma and a comment.</summary>
    private static bool IsEndAfter(string text, int start)
    {
        var i = start;
        if (i < text.Length && text[i] is '"' or '\'')
        {
            i++;
        }

        while (i < text.Length && text[i] is ' ' or '\t' or ',' or '\r' or '}')
        {
            i++;
        }

        return i >= text.Length || text[i] is '\n' or '#';
    }

    private static int SkipBack(string text, int i, Func<char, bool> skip, int max)
    {
        for (var n = 0; n < max && i >= 0 && skip(text[i]); n++)
        {
            i--;
        }

        return i;
    }
}
