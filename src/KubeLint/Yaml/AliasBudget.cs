namespace KubeLint.Yaml;

/// <summary>Alias expansion spent by every file of one run, read from several threads.</summary>
internal sealed class AliasBudget(long limit)
{
    private long _spent;

    public long Limit => limit;

    /// <summary>Spends <paramref name="nodes"/>; false once the run has spent more than its limit.</summary>
    /// <param name="nodes">The nodes an alias adds.</param>
    /// <param name="taken">What was taken from the budget, for <see cref="Refund"/>.</param>
    public bool TrySpend(long nodes, out long taken)
    {
        taken = Math.Min(nodes, limit + 1);
        return Interlocked.Add(ref _spent, taken) <= limit;
    }

    /// <summary>Gives back what was taken for a text that is read again from its start.</summary>
    public void Refund(long taken) => Interlocked.Add(ref _spent, -taken);
}
