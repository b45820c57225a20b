using KubeLint.Rules.Fixes;

namespace KubeLint.Linting.Fixing;

/// <summary>
/// The settings to apply below one mapping, merged by key, so that several fixes creating one
/// <c>securityContext</c> create it once.
/// </summary>
internal sealed class FixTree
{
    public SortedDictionary<string, FixTree> Children { get; } = new(StringComparer.Ordinal);

    /// <summary>The value of a leaf (null for a branch).</summary>
    public string? Value { get; private set; }

    /// <summary>Items a leaf adds to a list.</summary>
    public List<string> ListItems { get; } = [];

    public bool IsLeaf => Value is not null || ListItems.Count > 0;

    /// <summary>Adds an intent's setting; false when it contradicts one already added (another value for the same field).</summary>
    public bool Add(FixIntent intent)
    {
        var node = this;
        foreach (var key in intent.Keys)
        {
            if (node.IsLeaf)
            {
                return false;
            }

            if (!node.Children.TryGetValue(key, out var child))
            {
                node.Children[key] = child = new FixTree();
            }

            node = child;
        }

        if (node.Children.Count > 0)
        {
            return false;
        }

        if (intent.AddsToList)
        {
            if (node.Value is not null)
            {
                return false;
            }

            if (!node.ListItems.Contains(intent.Value))
            {
                node.ListItems.Add(intent.Value);
            }

            return true;
        }

        if (node.ListItems.Count > 0 || (node.Value is not null && node.Value != intent.Value))
        {
            return false;
        }

        node.Value = intent.Value;
        return true;
    }
}
