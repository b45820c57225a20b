namespace KubeLint.Yaml;

/// <summary>Alias expansion spent by every file of one run, read from several threads.</summary>
internal sealed class AliasBudget(long limit)
{
    private long _spent;

    public long Limit => limit;

    /// <summary>Spends <paramref name="nodes"/>; false once the run has spent more than its limit.</summary>
    public bool TrySpend(long nodes) => Interlocked.Add(ref _spent, Math.Min(nodes, limit + 1)) <= limit;
}
