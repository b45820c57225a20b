namespace KubeLint.Linting;

/// <summary>An input that is already in memory, such as standard input.</summary>
/// <param name="Name">The name used in findings (<c>-</c> for stdin, or a file name).</param>
/// <param name="Text">The manifest text.</param>
public sealed record SourceText(string Name, string Text);
