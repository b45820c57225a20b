namespace KubeLint;

/// <summary>Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions), for "did you mean" hints.</summary>
internal static class EditDistance
{
    /// <summary><c> (did you mean 'x'?)</c> for the candidate nearest <paramref name="typed"/> within <paramref name="most"/> edits, else empty.</summary>
    public static string DidYouMean(string typed, IEnumerable<string> candidates, int most = 3)
    {
        var nearest = candidates.Select(c => (Candidate: c, Distance: Between(c, typed))).MinBy(x => x.Distance);
        return nearest.Candidate is not null && nearest.Distance <= most ? $" (did you mean '{nearest.Candidate}'?)" : string.Empty;
    }

    public static int Between(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
