using System.Collections.Concurrent;
using KubeLint.Rules.Fixes;

namespace KubeLint.Rules;

/// <summary>
/// One copy of each equal value the findings of a run keep to its end: their strings, and their
/// fixes (the same few fixes, with the same keys and node paths, are offered on object after object).
/// A list of fixes already seen is found without allocating. Thread-safe.
/// </summary>
internal sealed class FindingPool(StringPool strings)
{
    private readonly ConcurrentDictionary<IReadOnlyList<FixIntent>, FixIntent[]> _lists = new(SameFixes.Instance);
    private readonly ConcurrentDictionary<FixIntent, FixIntent> _fixes = new(SameFixes.Instance);

    public StringPool Strings => strings;

    /// <summary>The shared copy of these fixes.</summary>
    public IReadOnlyList<FixIntent> Get(IReadOnlyList<FixIntent> fixes)
    {
        if (_lists.TryGetValue(fixes, out var shared))
        {
            return shared;
        }

        var kept = new FixIntent[fixes.Count];
        for (var i = 0; i < kept.Length; i++)
        {
            if (!_fixes.TryGetValue(fixes[i], out kept[i]!))
            {
                var copy = Kept(fixes[i]);
                kept[i] = _fixes.GetOrAdd(copy, copy);
            }
        }

        return _lists.GetOrAdd(kept, kept);
    }

    private FixIntent Kept(FixIntent fix) => fix with
    {
        Target = strings.Get(fix.Target),
        Keys = fix.Keys.Select(strings.Get).ToArray(),
        Value = strings.Get(fix.Value),
        RuleId = strings.Get(fix.RuleId),
        Reason = strings.Get(fix.Reason),
    };

    /// <summary>Fixes are the same when every field is, their keys compared item by item; lists when they hold the same fixes in order.</summary>
    private sealed class SameFixes : IEqualityComparer<FixIntent>, IEqualityComparer<IReadOnlyList<FixIntent>>
    {
        public static readonly SameFixes Instance = new();

        public bool Equals(FixIntent? x, FixIntent? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null
                && x.Safety == y.Safety && x.AddsToList == y.AddsToList
                && x.Target == y.Target && x.Value == y.Value && x.RuleId == y.RuleId && x.Reason == y.Reason
                && x.Keys.SequenceEqual(y.Keys, StringComparer.Ordinal));

        public int GetHashCode(FixIntent fix)
        {
            var hash = new HashCode();
            hash.Add((int)fix.Safety);
            hash.Add(fix.Target, StringComparer.Ordinal);
            hash.Add(fix.Value, StringComparer.Ordinal);
            foreach (var key in fix.Keys)
            {
                hash.Add(key, StringComparer.Ordinal);
            }

            return hash.ToHashCode();
        }

        public bool Equals(IReadOnlyList<FixIntent>? x, IReadOnlyList<FixIntent>? y)
        {
            if (x is null || y is null || x.Count != y.Count)
            {
                return ReferenceEquals(x, y);
            }

            for (var i = 0; i < x.Count; i++)
            {
                if (!Equals(x[i], y[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(IReadOnlyList<FixIntent> fixes)
        {
            var hash = new HashCode();
            for (var i = 0; i < fixes.Count; i++)
            {
                hash.Add(GetHashCode(fixes[i]));
            }

            return hash.ToHashCode();
        }
    }
}
