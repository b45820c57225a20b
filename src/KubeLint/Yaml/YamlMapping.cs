using System.Diagnostics.CodeAnalysis;

namespace KubeLint.Yaml;

/// <summary>A mapping node. Keys merged in with <c>&lt;&lt;</c> are present as if written here, with their original positions.</summary>
public sealed class YamlMapping : YamlNode
{
    private readonly YamlMappingEntry[] _entries;

    internal YamlMapping(YamlMappingEntry[] entries, SourcePosition start, SourcePosition end)
        : base(start, end)
    {
        _entries = entries;
        long expanded = 1;
        foreach (var entry in entries)
        {
            expanded = AddSaturating(expanded, AddSaturating(entry.Key.ExpandedCount, entry.Value.ExpandedCount));
        }

        ExpandedCount = expanded;
    }

    /// <inheritdoc />
    public override YamlNodeKind Kind => YamlNodeKind.Mapping;

    /// <summary>The entries in the order they were written.</summary>
    public IReadOnlyList<YamlMappingEntry> Entries => _entries;

    /// <summary>The number of entries.</summary>
    public int Count => _entries.Length;

    /// <summary>The value under a key, or null when the key is absent.</summary>
    public YamlNode? this[string key] => TryGetValue(key, out var value) ? value : null;

    /// <summary>Looks up the value under a scalar key.</summary>
    public bool TryGetValue(string key, [NotNullWhen(true)] out YamlNode? value)
    {
        foreach (var entry in _entries)
        {
            if (entry.Key is YamlScalar scalar && string.Equals(scalar.Value, key, StringComparison.Ordinal))
            {
                value = entry.Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>The mapping under a key, or null when absent or not a mapping.</summary>
    public YamlMapping? GetMapping(string key) => this[key] as YamlMapping;

    /// <summary>The sequence under a key, or null when absent or not a sequence.</summary>
    public YamlSequence? GetSequence(string key) => this[key] as YamlSequence;

    /// <summary>The scalar under a key, or null when absent or not a scalar.</summary>
    public YamlScalar? GetScalar(string key) => this[key] as YamlScalar;

    /// <summary>The text of a non-null scalar under a key, or null.</summary>
    public string? GetString(string key) => GetScalar(key) is { IsNull: false } scalar ? scalar.Value : null;
}
