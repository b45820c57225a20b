using System.Collections.Concurrent;

namespace KubeLint;

/// <summary>
/// One copy of each equal string for what a run keeps to its end (findings, their paths and
/// messages): tens of thousands of findings repeat a few hundred paths and share many messages, and
/// each was built as its own string. Thread-safe; lives as long as the run's result.
/// </summary>
internal sealed class StringPool
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);

    public string Get(string value) => _strings.GetOrAdd(value, value);

    public string? GetOrNull(string? value) => value is null ? null : Get(value);
}
