using System.Collections;
using System.Diagnostics.CodeAnalysis;
using KubeLint.Yaml;

namespace KubeLint.Manifests;

/// <summary>
/// A small read-only string map (labels, annotations, selectors) as one array of keys and values in
/// the order the mapping gave them: tens of thousands are kept to the end of a run, and a dictionary
/// of three labels takes twice the memory. Lookups scan: these maps hold a handful of entries (a
/// mapping with more is read into a dictionary).
/// </summary>
internal sealed class StringMap : IReadOnlyDictionary<string, string>
{
    public static readonly StringMap Empty = new([]);

    // Above this many entries (a hostile or generated manifest), a dictionary: scanning would make reading it quadratic.
    private const int MaxScanned = 32;

    // Label values are at most 63 characters; a longer value is rarely repeated.
    private const int MaxPooledLength = 64;

    // Keys at even indexes, each followed by its value.
    private readonly string[] _pairs;

    private StringMap(string[] pairs) => _pairs = pairs;

    public int Count => _pairs.Length / 2;

    public IEnumerable<string> Keys => this.Select(pair => pair.Key);

    public IEnumerable<string> Values => this.Select(pair => pair.Value);

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no entry {key}");

    /// <summary>
    /// The string entries of a mapping (entries whose value is not a scalar are left out). A repeated
    /// key keeps its first place and takes its last value, as a dictionary's indexer does.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Of(YamlMapping? mapping)
    {
        if (mapping is null || mapping.Count == 0)
        {
            return Empty;
        }

        if (mapping.Count > MaxScanned)
        {
            var map = new Dictionary<string, string>(mapping.Count, StringComparer.Ordinal);
            foreach (var entry in mapping.Entries)
            {
                if (entry.KeyText is { } key && entry.Value is YamlScalar value)
                {
                    map[key] = value.Value;
                }
            }

            return map;
        }

        var pairs = new string[mapping.Count * 2];
        var count = 0;
        foreach (var entry in mapping.Entries)
        {
            if (entry.KeyText is { } key && entry.Value is YamlScalar value)
            {
                var at = IndexOf(pairs, count, key);
                if (at < 0)
                {
                    pairs[count * 2] = key;
                    at = count++;
                }

                pairs[(at * 2) + 1] = value.Value;
            }
        }

        if (count == 0)
        {
            return Empty;
        }

        if (count * 2 < pairs.Length)
        {
            Array.Resize(ref pairs, count * 2);
        }

        return new StringMap(pairs);
    }

    /// <summary>
    /// The map with its keys and short values from the run's pool, for a map kept to the run's end
    /// (labels and selectors: the same few keys and values on every object).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Kept(IReadOnlyDictionary<string, string> map, StringPool strings)
    {
        if (map.Count == 0)
        {
            return Empty;
        }

        if (map is not StringMap small)
        {
            return map.ToDictionary(pair => Pooled(pair.Key, strings), pair => Pooled(pair.Value, strings), StringComparer.Ordinal);
        }

        var pairs = new string[small._pairs.Length];
        for (var i = 0; i < pairs.Length; i++)
        {
            pairs[i] = Pooled(small._pairs[i], strings);
        }

        return new StringMap(pairs);
    }

    public bool ContainsKey(string key) => IndexOf(_pairs, Count, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var at = IndexOf(_pairs, Count, key);
        value = at >= 0 ? _pairs[(at * 2) + 1] : null;
        return at >= 0;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return new KeyValuePair<string, string>(_pairs[i * 2], _pairs[(i * 2) + 1]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static string Pooled(string value, StringPool strings) => value.Length > MaxPooledLength ? value : strings.Get(value);

    private static int IndexOf(string[] pairs, int count, string key)
    {
        for (var i = 0; i < count; i++)
        {
            if (string.Equals(pairs[i * 2], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
