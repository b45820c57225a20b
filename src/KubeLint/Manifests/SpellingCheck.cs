namespace KubeLint.Manifests;

/// <summary>Whether an unknown key is a near miss of a known one: same letters in another case, or one or two edits away.</summary>
internal static class SpellingCheck
{
    public static string? NearestKnown(string key, IEnumerable<string> known)
    {
        if (key.Length < 4)
        {
            return null;
        }

        return known
            .Select(k => (Known: k, Distance: string.Equals(k, key, StringComparison.OrdinalIgnoreCase) ? 0 : EditDistance.Between(k, key)))
            .Where(x => x.Distance <= 2)
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Known, StringComparer.Ordinal)
            .Select(x => x.Known)
            .FirstOrDefault();
    }
}
