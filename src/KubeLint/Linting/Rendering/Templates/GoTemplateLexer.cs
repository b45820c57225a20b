namespace KubeLint.Linting.Rendering.Templates;

/// <summary>
/// Splits a Go template into text and actions as text/template does: <c>{{</c>/<c>}}</c> delimiters,
/// <c>{{- </c> and <c> -}}</c> trim markers, comments, and quoted or raw strings inside actions
/// (whose <c>}}</c> does not end the action). An action left open runs to the end of the text.
/// </summary>
internal static class GoTemplateLexer
{
    public static List<TemplateToken> Tokenize(string template)
    {
        var tokens = new List<TemplateToken>();
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf("{{", position, StringComparison.Ordinal);
            if (open < 0)
            {
                tokens.Add(new TemplateToken(position, template.Length, false, string.Empty, false, false));
                break;
            }

            if (open > position)
            {
                tokens.Add(new TemplateToken(position, open, false, string.Empty, false, false));
            }

            var action = ReadAction(template, open);
            tokens.Add(action);
            position = action.End;
        }

        return tokens;
    }

    private static TemplateToken ReadAction(string template, int open)
    {
        var inner = open + 2;
        var trimLeft = inner + 1 < template.Length && template[inner] == '-' && IsSpace(template[inner + 1]);
        if (trimLeft)
        {
            inner += 2;
        }

        var close = FindClose(template, inner);
        var end = close < 0 ? template.Length : close + 2;
        var bodyEnd = close < 0 ? template.Length : close;
        var trimRight = close >= 0 && close - 2 >= inner && template[close - 1] == '-' && IsSpace(template[close - 2]);
        if (trimRight)
        {
            bodyEnd -= 2;
        }

        return new TemplateToken(open, end, true, template[inner..Math.Max(inner, bodyEnd)].Trim(), trimLeft, trimRight);
    }

    /// <summary>The offset of the <c>}}</c> that closes an action whose body starts at <paramref name="from"/>, or -1.</summary>
    private static int FindClose(string template, int from)
    {
        var i = from;
        while (i < template.Length)
        {
            var c = template[i];
            if (c == '/' && i + 1 < template.Length && template[i + 1] == '*')
            {
                var comment = template.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = comment < 0 ? template.Length : comment + 2;
            }
            else if (c is '"' or '\'')
            {
                i = SkipQuoted(template, i, c);
            }
            else if (c == '`')
            {
                var raw = template.IndexOf('`', i + 1);
                i = raw < 0 ? template.Length : raw + 1;
            }
            else if (c == '}' && i + 1 < template.Length && template[i + 1] == '}')
            {
                return i;
            }
            else
            {
                i++;
            }
        }

        return -1;
    }

    private static int SkipQuoted(string template, int start, char quote)
    {
        for (var i = start + 1; i < template.Length; i++)
        {
            if (template[i] == '\\')
            {
                i++;
            }
            else if (template[i] == quote || template[i] == '\n')
            {
                return i + 1;
            }
        }

        return template.Length;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n';
}
