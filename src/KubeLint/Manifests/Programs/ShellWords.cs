using System.Text;

namespace KubeLint.Manifests.Programs;

/// <summary>Splits a shell script (the string of <c>sh -c</c>) into commands and words, honouring quotes and backslashes.</summary>
internal static class ShellWords
{
    private static readonly HashSet<string> Separators = new(StringComparer.Ordinal) { "&&", "||", ";", "|", "&" };

    /// <summary>The simple commands of a script, each a list of words.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Commands(string script)
    {
        var commands = new List<IReadOnlyList<string>>();
        var current = new List<string>();
        foreach (var word in Words(script))
        {
            if (Separators.Contains(word))
            {
                commands.Add(current);
                current = [];
            }
            else
            {
                current.Add(word);
            }
        }

        commands.Add(current);
        return commands.Where(c => c.Count > 0).ToList();
    }

    private static IEnumerable<string> Words(string script)
    {
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        for (var i = 0; i < script.Length; i++)
        {
            var c = script[i];
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
                else if (c == '\\' && quote == '"' && i + 1 < script.Length)
                {
                    word.Append(script[++i]);
                }
                else
                {
                    word.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '\'' or '"':
                    quote = c;
                    inWord = true;
                    break;
                case '\\' when i + 1 < script.Length:
                    word.Append(script[++i]);
                    inWord = true;
                    break;
                case ';' or '&' or '|':
                    if (inWord)
                    {
                        yield return word.ToString();
                        word.Clear();
                        inWord = false;
                    }

                    var doubled = i + 1 < script.Length && script[i + 1] == c && c != ';';
                    yield return doubled ? new string(c, 2) : c.ToString();
                    i += doubled ? 1 : 0;
                    break;
                case ' ' or '\t' or '\n' or '\r':
                    if (inWord)
                    {
                        yield return word.ToString();
                        word.Clear();
                        inWord = false;
                    }

                    break;
                default:
                    word.Append(c);
                    inWord = true;
                    break;
            }
        }

        if (inWord)
        {
            yield return word.ToString();
        }
    }
}
