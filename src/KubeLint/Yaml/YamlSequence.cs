namespace KubeLint.Yaml;

/// <summary>A sequence node.</summary>
public sealed class YamlSequence : YamlNode
{
    private readonly YamlNode[] _items;

    internal YamlSequence(YamlNode[] items, SourcePosition start, SourcePosition end)
        : base(start, end)
    {
        _items = items;
        long expanded = 1;
        foreach (var item in items)
        {
            expanded = AddSaturating(expanded, item.ExpandedCount);
        }

        ExpandedCount = expanded;
    }

    /// <inheritdoc />
    public override YamlNodeKind Kind => YamlNodeKind.Sequence;

    /// <summary>The items in order.</summary>
    public IReadOnlyList<YamlNode> Items => _items;

    /// <summary>The number of items.</summary>
    public int Count => _items.Length;

    /// <summary>The item at an index.</summary>
    public YamlNode this[int index] => _items[index];
}
