namespace KubeLint;

/// <summary>
/// One copy of each equal string for what a run keeps to its end (findings, facts, and the labels,
/// names, verbs and node paths in them): tens of thousands of objects repeat the same few hundred
/// label keys, kinds, verbs and paths, and each was read or built as its own string. Thread-safe;
/// lives as long as the run's outcomes. Sets under striped locks: a concurrent dictionary takes
/// 56 bytes an entry, a set about 20, and a run pools about 100,000 strings per 100 MB.
/// </summary>
internal sealed class StringPool
{
    // A longer string is kept as it is: it is rarely repeated, and the pool must not outgrow what it saves.
    private const int MaxPooledLength = 1024;

    private const int StripeCount = 16;

    private readonly HashSet<string>[] _stripes = new HashSet<string>[StripeCount];

    public StringPool()
    {
        // A loop, not Enumerable.Range: a generic over int is compiled at start-up, and a one-file run starts here.
        for (var i = 0; i < StripeCount; i++)
        {
            _stripes[i] = new HashSet<string>(StringComparer.Ordinal);
        }
    }

    public string Get(string value)
    {
        if (value.Length > MaxPooledLength)
        {
            return value;
        }

        var stripe = _stripes[(uint)string.GetHashCode(value) % StripeCount];
        lock (stripe)
        {
            if (stripe.TryGetValue(value, out var kept))
            {
                return kept;
            }

            stripe.Add(value);
            return value;
        }
    }

    public string? GetOrNull(string? value) => value is null ? null : Get(value);
}
