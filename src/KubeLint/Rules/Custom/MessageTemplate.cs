using System.Text;

namespace KubeLint.Rules.Custom;

/// <summary>
/// A custom check's message with placeholders: <c>{kind}</c>, <c>{name}</c>, <c>{namespace}</c>,
/// <c>{container}</c>, <c>{path}</c>, <c>{value}</c> and <c>{reason}</c>; <c>{{</c> and <c>}}</c> are braces.
/// </summary>
internal sealed class MessageTemplate
{
    public static IReadOnlyList<string> Placeholders { get; } = ["kind", "name", "namespace", "container", "path", "value", "reason"];

    private readonly (string Text, string? Placeholder)[] _parts;

    private MessageTemplate((string, string?)[] parts, string text)
    {
        _parts = parts;
        Text = text;
    }

    public string Text { get; }

    /// <summary>Parses the template; an unknown placeholder or a lone brace is an error message.</summary>
    public static (MessageTemplate? Template, string? Error) Parse(string text)
    {
        var parts = new List<(string, string?)>();
        var literal = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c == '{' || c == '}') && i + 1 < text.Length && text[i + 1] == c)
            {
                literal.Append(c);
                i++;
            }
            else if (c == '{')
            {
                var close = text.IndexOf('}', i + 1);
                var name = close < 0 ? null : text[(i + 1)..close];
                if (name is null || !Placeholders.Contains(name))
                {
                    return (null, $"unknown placeholder '{(name is null ? text[i..] : "{" + name + "}")}' in the message; known: {string.Join(", ", Placeholders.Select(p => "{" + p + "}"))} (write {{{{ for a brace)");
                }

                parts.Add((literal.ToString(), name));
                literal.Clear();
                i = close;
            }
            else if (c == '}')
            {
                return (null, "a lone '}' in the message (write }} for a brace)");
            }
            else
            {
                literal.Append(c);
            }
        }

        parts.Add((literal.ToString(), null));
        return (new MessageTemplate([.. parts], text), null);
    }

    public string Render(Func<string, string> valueOf)
    {
        var builder = new StringBuilder();
        foreach (var (text, placeholder) in _parts)
        {
            builder.Append(text);
            if (placeholder is not null)
            {
                builder.Append(valueOf(placeholder));
            }
        }

        return builder.ToString();
    }
}
