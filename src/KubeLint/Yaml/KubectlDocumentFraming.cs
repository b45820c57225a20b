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
    public static (List<DocumentChunk> Chunks, bool AgreesWithYaml) Split(string text, List<YamlError> errors)
    {
        var chunks = new List<DocumentChunk>();
        var agrees = true;
        var chunkStart = 0;
        var chunkLine = 1;
        var line = 1;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline + 1;
            if (text[lineStart] is '.' or '%')
            {
                agrees &= text[lineStart] == '.' ? string.CompareOrdinal(text, lineStart, "...", 0, 3) != 0 : false;
            }

            if (string.CompareOrdinal(text, lineStart, "---", 0, 3) == 0)
            {
                agrees &= lineStart + 3 >= lineEnd || char.IsWhiteSpace(text[lineStart + 3]);
                var rest = text.AsSpan(lineStart + 3, lineEnd - lineStart - 3).Trim();
                if (rest.IsEmpty || rest[0] == '#')
                {
                    chunks.Add(new DocumentChunk(chunkStart, lineStart - chunkStart, chunkLine));
                    (chunkStart, chunkLine) = (lineEnd, line + 1);
                }
                else
                {
                    errors.Add(new YamlError(
                        new SourcePosition(line, 4, lineStart + 3),
                        "kubectl refuses a document separator followed by content and deploys nothing from here on; put the content on the next line"));
                    chunks.Add(new DocumentChunk(chunkStart, lineStart - chunkStart, chunkLine));
                    (chunkStart, chunkLine) = (lineStart, line);
                }
            }

            line++;
            lineStart = lineEnd;
        }

        chunks.Add(new DocumentChunk(chunkStart, text.Length - chunkStart, chunkLine));
        return (chunks, agrees);
    }
}
