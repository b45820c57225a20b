namespace KubeLint.Linting.Rendering;

/// <summary>Field names compared the way Go's encoding/json matches them to struct fields.</summary>
internal static class FieldName
{
    /// <summary>
    /// The name in upper case, with the two letters Go's Unicode folding adds (KELVIN SIGN for
    /// <c>k</c>, LATIN SMALL LETTER LONG S for <c>s</c>) mapped too, so <c>reſources</c> is <c>RESOURCES</c>.
    /// </summary>
    public static string? Fold(string? name)
    {
        if (name is null)
        {
            return null;
        }

        return string.Create(name.Length, name, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] switch
                {
                    '\u212A' => 'K',
                    '\u017F' => 'S',
                    var c => char.ToUpperInvariant(c),
                };
            }
        });
    }
}
