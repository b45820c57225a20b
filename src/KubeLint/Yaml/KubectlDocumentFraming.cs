namespace KubeLint.Yaml;

/// <summary>A stretch of text between two of kubectl's document separators.</summary>
/// <param name="Start">Offset of its first character.</param>
/// <param name="Length">Its length.</param>
/// <param name="Line">1-based line of its first character.</param>
internal readonly record struct DocumentChunk(int Start, int Length, int Line);

/// <summary>
/// Splits a YAML stream into documents as kubectl's reader does before any YAML is parsed
/// (k8s.io/apimachinery's <c>YAMLReader</c>): every line that starts with <c>---</c> and holds
/// nothing else but spaces or a comment ends a document, <c>---#…</c> included, which the YAML
/// specification reads as content. Linting the documents kubectl sees, not those a YAML parser
/// sees, keeps a pod from hiding inside a scalar that kubectl splits apart.
/// </summary>
internal static class KubectlDocumentFraming
{
    /// <summary>
    /// The documents of the text as kubectl frames them, and whether a YAML parser reading the whole
    /// text would find exactly the same documents (no <c>---#</c>, <c>----</c> or <c>...</c> lines, no
    /// directives), in which case one parser over the whole text reads them fastest.
    /// </summary>
    public static (GrowableList<DocumentChunk> Chunks, bool AgreesWithYaml) Split(string text, List<YamlError> errors)
    {
        var chunks = new GrowableList<DocumentChunk>();
        var agrees = !HasLineStartingWith(text, "...") && !HasLineStartingWith(text, "%");
        var chunkStart = 0;
        var chunkLine = 1;
        var line = 1;
        var counted = 0;
        for (var at = text.IndexOf("---", StringComparison.Ordinal); at >= 0; at = text.IndexOf("---", at + 3, StringComparison.Ordinal))
        {
            if (at > 0 && text[at - 1] != '\n')
            {
                continue;
            }

            line += text.AsSpan(counted, at - counted).Count('\n');
            counted = at;
            var newline = text.IndexOf('\n', at);
            var lineEnd = newline < 0 ? text.Length : newline + 1;
            agrees &= at + 3 >= lineEnd || char.IsWhiteSpace(text[at + 3]);
            var rest = text.AsSpan(at + 3, lineEnd - at - 3).Trim();
            if (rest.IsEmpty || rest[0] == '#')
            {
                chunks.Add(new DocumentChunk(chunkStart, at - chunkStart, chunkLine));
                (chunkStart, chunkLine) = (lineEnd, line + 1);
            }
            else
            {
                errors.Add(new YamlError(
                    new SourcePosition(line, 4, at + 3),
                    "kubectl refuses a document separator followed by content and deploys nothing from here on; put the content on the next line"));
                chunks.Add(new DocumentChunk(chunkStart, at - chunkStart, chunkLine));
                (chunkStart, chunkLine) = (at, line);
            }
        }

        chunks.Add(new DocumentChunk(chunkStart, text.Length - chunkStart, chunkLine));
        return (chunks, agrees);
    }

    private static bool HasLineStartingWith(string text, string prefix)
    {
        for (var at = text.IndexOf(prefix, StringComparison.Ordinal); at >= 0; at = text.IndexOf(prefix, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || text[at - 1] == '\n')
            {
                return true;
            }
        }

        return false;
    }
}
