namespace KubeLint.Yaml;

/// <summary>A point in a source text: 1-based line and column (in UTF-16 code units) and 0-based character offset.</summary>
/// <param name="Line">1-based line number.</param>
/// <param name="Column">1-based column number, counted in UTF-16 code units.</param>
/// <param name="Offset">
/// 0-based character offset from the start of the text as parsed: the given text's, except after a
/// whitespace-only line in a file that needed <see cref="YamlLoader.Load"/>'s block-scalar
/// workaround (those lines are read emptied). To find a node in the original text, use
/// <see cref="Line"/> and <see cref="Column"/>, which always refer to it.
/// </param>
public readonly record struct SourcePosition(int Line, int Column, int Offset)
{
    /// <summary>The first character of a text.</summary>
    public static SourcePosition Start { get; } = new(1, 1, 0);

    /// <inheritdoc />
    public override string ToString() => $"{Line}:{Column}";
}
