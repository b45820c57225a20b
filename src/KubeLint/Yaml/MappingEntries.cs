namespace KubeLint.Yaml;

/// <summary>
/// The entries of a mapping being built, in the order their keys first appeared; setting a key
/// again replaces its value in place, as a decoder into a map does. One instance is reused for
/// every mapping a builder closes.
/// </summary>
internal sealed class MappingEntries
{
    private const int LinearScanLimit = 12;

    private readonly GrowableList<Slot> _entries = new();
    private Dictionary<string, int>? _slots;

    /// <summary>Empties it for the next mapping.</summary>
    public void Clear()
    {
        _entries.Clear();
        _slots = null;
    }

    /// <summary>Makes the mapping the parent of the entries written in it (not merged in) that are still in it.</summary>
    public void AttachWritten(YamlMapping mapping)
    {
        for (var i = 0; i < _entries.Count; i++)
        {
            if (_entries[i] is { Written: true, Entry: var entry })
            {
                entry.Key.AttachTo(mapping, entry.Key, -1);
                entry.Value.AttachTo(mapping, entry.Key, -1);
            }
        }
    }

    /// <summary>Sets an entry written in this mapping; returns the key it replaces when that key was also written here.</summary>
    public YamlNode? SetWritten(YamlMappingEntry entry) =>
        Set(entry, written: true) is { Written: true } earlier ? earlier.Entry.Key : null;

    /// <summary>Sets every entry of a mapping merged in with <c>&lt;&lt;</c>.</summary>
    public void MergeFrom(YamlMapping source)
    {
        foreach (var entry in source.Entries)
        {
            Set(entry, written: false);
        }
    }

    public YamlMappingEntry[] ToArray()
    {
        var array = new YamlMappingEntry[_entries.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = _entries[i].Entry;
        }

        return array;
    }

    private Slot? Set(YamlMappingEntry entry, bool written)
    {
        if (entry.KeyText is { } key && SlotOf(key) is { } slot)
        {
            var replaced = _entries[slot];
            _entries[slot] = new Slot(entry, written);
            return replaced;
        }

        if (entry.KeyText is { } newKey && _slots is not null)
        {
            _slots[newKey] = _entries.Count;
        }

        _entries.Add(new Slot(entry, written));
        return null;
    }

    private int? SlotOf(string key)
    {
        if (_slots is null && _entries.Count > LinearScanLimit)
        {
            _slots = new Dictionary<string, int>(_entries.Count * 2, StringComparer.Ordinal);
            for (var i = 0; i < _entries.Count; i++)
            {
                if (_entries[i].Entry.KeyText is { } text)
                {
                    _slots[text] = i;
                }
            }
        }

        if (_slots is not null)
        {
            return _slots.TryGetValue(key, out var slot) ? slot : null;
        }

        for (var i = 0; i < _entries.Count; i++)
        {
            if (string.Equals(_entries[i].Entry.KeyText, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return null;
    }

    private readonly record struct Slot(YamlMappingEntry Entry, bool Written);
}
