using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using KubeLint.Rules.Fixes;

namespace KubeLint.Rules;

/// <summary>
/// One copy of each equal value the findings of a run keep to its end: their strings, and their
/// fixes (the same few fixes, with the same keys and node paths, are offered on object after object).
/// Thread-safe.
/// </summary>
internal sealed class FindingPool(StringPool strings)
{
    private readonly ConcurrentDictionary<string, string[]> _keys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<FixIntent, FixIntent> _fixes = new();
    private readonly ConcurrentDictionary<FixIntent[], FixIntent[]> _lists = new(SameFixes.Instance);

    public StringPool Strings => strings;

    /// <summary>The shared copy of these fixes.</summary>
    public IReadOnlyList<FixIntent> Get(IReadOnlyList<FixIntent> fixes)
    {
        var kept = new FixIntent[fixes.Count];
        for (var i = 0; i < kept.Length; i++)
        {
            kept[i] = Get(fixes[i]);
        }

        return _lists.GetOrAdd(kept, kept);
    }

    private FixIntent Get(FixIntent fix)
    {
        var keys = _keys.GetOrAdd(string.Join('\0', fix.Keys), static (_, fix) => [.. fix.Keys], fix);
        var shared = fix with
        {
            Target = strings.Get(fix.Target),
            Keys = keys,
            Value = strings.Get(fix.Value),
            RuleId = strings.Get(fix.RuleId),
            Reason = strings.Get(fix.Reason),
        };
        return _fixes.GetOrAdd(shared, shared);
    }

    /// <summary>Lists of shared fixes are equal when they hold the same fixes in the same order.</summary>
    private sealed class SameFixes : IEqualityComparer<FixIntent[]>
    {
        public static readonly SameFixes Instance = new();

        public bool Equals(FixIntent[]? x, FixIntent[]? y) =>
            x is not null && y is not null && x.Length == y.Length && x.AsSpan().SequenceEqual(y, ReferenceEqualityComparer.Instance);

        public int GetHashCode(FixIntent[] fixes)
        {
            var hash = new HashCode();
            foreach (var fix in fixes)
            {
                hash.Add(RuntimeHelpers.GetHashCode(fix));
            }

            return hash.ToHashCode();
        }
    }
}
