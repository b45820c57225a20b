namespace KubeLint.Linting.Fixing;

/// <summary>Replaces <paramref name="Length"/> characters at <paramref name="Offset"/> of a file's text with <paramref name="Text"/>.</summary>
/// <param name="Offset">Where, in UTF-16 code units.</param>
/// <param name="Length">How many characters are replaced (0 inserts).</param>
/// <param name="Text">The new text.</param>
/// <param name="Depth">For insertions at one offset: the deeper (more indented) text goes first, inside the block it belongs to.</param>
internal readonly record struct TextEdit(int Offset, int Length, string Text, int Depth = 0)
{
    /// <summary>Applies non-overlapping edits (any order) to <paramref name="text"/>.</summary>
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var builder = new System.Text.StringBuilder(text);
        foreach (var edit in edits.OrderByDescending(e => e.Offset).ThenByDescending(e => e.Length).ThenBy(e => e.Depth))
        {
            builder.Remove(edit.Offset, edit.Length).Insert(edit.Offset, edit.Text);
        }

        return builder.ToString();
    }

    /// <summary>Whether two edits change the same characters (insertions never do: <see cref="Depth"/> orders them).</summary>
    public bool Overlaps(TextEdit other) =>
        Length > 0 && other.Length > 0 && Offset < other.Offset + other.Length && other.Offset < Offset + Length;
}
