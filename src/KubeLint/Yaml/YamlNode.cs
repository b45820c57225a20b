using System.Text;

namespace KubeLint.Yaml;

/// <summary>
/// An immutable node of a parsed YAML document that knows where it was written.
/// A node reached through an alias is the same instance as its anchored definition, so it
/// reports the definition's position and path.
/// </summary>
public abstract class YamlNode
{
    private protected YamlNode(SourcePosition start, SourcePosition end)
    {
        Start = start;
        End = end;
    }

    /// <summary>Where the node starts.</summary>
    public SourcePosition Start { get; }

    /// <summary>Just after where the node ends.</summary>
    public SourcePosition End { get; }

    /// <summary>Whether this is a scalar, a mapping or a sequence.</summary>
    public abstract YamlNodeKind Kind { get; }

    /// <summary>The collection that holds this node where it was defined, or null for a document root.</summary>
    public YamlNode? Parent { get; private set; }

    /// <summary>The key under which this node was defined, when its parent is a mapping.</summary>
    public YamlNode? Key { get; private set; }

    /// <summary>The item index at which this node was defined, when its parent is a sequence; otherwise -1.</summary>
    public int Index { get; private set; } = -1;

    /// <summary>
    /// How many nodes a full walk of this subtree visits, counting a node once for every alias that
    /// reaches it (saturates at <see cref="long.MaxValue"/>).
    /// </summary>
    public long ExpandedCount { get; private protected set; } = 1;

    /// <summary>The node's path from its document root, e.g. <c>spec.template.spec.containers[0].image</c>.</summary>
    public string Path
    {
        get
        {
            var builder = new StringBuilder(64);
            AppendPath(builder, this);
            return builder.ToString();
        }
    }

    /// <summary>
    /// The range a finding about this node should point at: for a mapping value, from its key to
    /// the end of the value; for a collection, its first line only when it has a key.
    /// </summary>
    public (SourcePosition Start, SourcePosition End) FindingRange
    {
        get
        {
            if (Key is null)
            {
                return (Start, End);
            }

            return Kind == YamlNodeKind.Scalar ? (Key.Start, End) : (Key.Start, Key.End);
        }
    }

    internal void AttachTo(YamlNode parent, YamlNode? key, int index)
    {
        if (Parent is not null)
        {
            return;
        }

        Parent = parent;
        Key = key;
        Index = index;
    }

    /// <summary>Appends the path from the root down to <paramref name="node"/>.</summary>
    private static void AppendPath(StringBuilder builder, YamlNode node)
    {
        var depth = 0;
        for (var current = node; current.Parent is not null; current = current.Parent)
        {
            depth++;
        }

        var segments = System.Buffers.ArrayPool<YamlNode>.Shared.Rent(depth);
        var i = depth;
        for (var current = node; current.Parent is not null; current = current.Parent)
        {
            segments[--i] = current;
        }

        for (i = 0; i < depth; i++)
        {
            AppendSegment(builder, segments[i]);
        }

        System.Buffers.ArrayPool<YamlNode>.Shared.Return(segments, clearArray: true);
    }

    private static void AppendSegment(StringBuilder builder, YamlNode node)
    {
        if (node.Key is not null)
        {
            var name = node.Key is YamlScalar scalar ? scalar.Value : "?";
            if (name.AsSpan().IndexOfAny(".[]'") >= 0)
            {
                builder.Append("['").Append(name).Append("']");
                return;
            }

            if (builder.Length > 0)
            {
                builder.Append('.');
            }

            builder.Append(name);
        }
        else
        {
            builder.Append('[').Append(node.Index).Append(']');
        }
    }

    internal static long AddSaturating(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
}
