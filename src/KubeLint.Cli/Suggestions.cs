namespace KubeLint.Cli;

/// <summary>"Did you mean" hints for what a user mistyped.</summary>
internal static class Suggestions
{
    /// <summary><c>; did you mean 'x'?</c> for the closest candidate within a few edits, else nothing.</summary>
    public static string For(string typed, IEnumerable<string> candidates)
    {
        var best = candidates
            .Select(c => (Candidate: c, Distance: EditDistance.Between(typed.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(x => x.Distance <= Math.Max(1, Math.Min(3, typed.Length / 3)))
            .OrderBy(x => x.Distance).ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .Select(x => x.Candidate)
            .FirstOrDefault();
        return best is null ? string.Empty : $"; did you mean '{best}'?";
    }
}
