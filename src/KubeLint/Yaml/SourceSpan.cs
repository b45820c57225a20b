namespace KubeLint.Yaml;

/// <summary>A range of a source file that a finding or an error points at.</summary>
/// <param name="File">The path as the user gave it (relative stays relative), or <c>-</c> for standard input.</param>
/// <param name="Start">The first character of the range.</param>
/// <param name="End">The position just after the last character of the range.</param>
public readonly record struct SourceSpan(string File, SourcePosition Start, SourcePosition End)
{
    /// <summary>A span of zero width at one position.</summary>
    public static SourceSpan At(string file, SourcePosition position) => new(file, position, position);

    /// <inheritdoc />
    public override string ToString() => $"{File}:{Start.Line}:{Start.Column}";
}
