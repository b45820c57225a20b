using System.Collections.Concurrent;

namespace KubeLint;

/// <summary>
/// One copy of each equal string for what a run keeps to its end (findings, facts, and the labels,
/// names, verbs and node paths in them): tens of thousands of objects repeat the same few hundred
/// label keys, kinds, verbs and paths, and each was read or built as its own string. Thread-safe;
/// lives as long as the run's outcomes.
/// </summary>
internal sealed class StringPool
{
    // A longer string is kept as it is: it is rarely repeated, and the pool must not outgrow what it saves.
    private const int MaxPooledLength = 1024;

    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);

    public string Get(string value) => value.Length > MaxPooledLength ? value : _strings.GetOrAdd(value, value);

    public string? GetOrNull(string? value) => value is null ? null : Get(value);
}
