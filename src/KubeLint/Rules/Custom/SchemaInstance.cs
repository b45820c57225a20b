using KubeLint.Yaml;

namespace KubeLint.Rules.Custom;

/// <summary>
/// A node as a schema sees it. For a container's <c>securityContext</c> it is the effective one:
/// the container's own fields over the pod-level fields a container inherits, each field read
/// (and reported) where it is written.
/// </summary>
/// <param name="Node">The node evaluated; for an effective security context, the container's own, else the pod's.</param>
/// <param name="Anchor">Where a finding about something missing from it goes.</param>
/// <param name="Inherited">The pod-level <c>securityContext</c> whose inheritable fields fill in, or null.</param>
internal readonly record struct SchemaInstance(YamlNode Node, YamlNode Anchor, YamlMapping? Inherited = null)
{
    /// <summary>The pod-level <c>securityContext</c> fields that also apply to every container that does not set them.</summary>
    public static IReadOnlySet<string> InheritableFields { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "runAsUser", "runAsGroup", "runAsNonRoot", "seLinuxOptions", "seccompProfile", "appArmorProfile", "windowsOptions",
    };

    public static SchemaInstance Of(YamlNode node) => new(node, node);

    /// <summary>The value of <paramref name="key"/>, the container's own winning over the inherited one.</summary>
    public YamlNode? Get(string key)
    {
        var own = Inherited is not null && ReferenceEquals(Node, Inherited) ? null : (Node as YamlMapping)?[key];
        if (own is not null && !(own is YamlScalar { IsNull: true } && InheritedValue(key) is not null))
        {
            return own;
        }

        return InheritedValue(key);
    }

    /// <summary>The entries in force, in the order written (own first, then inherited).</summary>
    public IEnumerable<YamlMappingEntry> Entries()
    {
        var own = Inherited is not null && ReferenceEquals(Node, Inherited) ? null : Node as YamlMapping;
        if (own is not null)
        {
            foreach (var entry in own.Entries)
            {
                if (entry.KeyText is { } key && entry.Value is YamlScalar { IsNull: true } && InheritedValue(key) is not null)
                {
                    continue;
                }

                yield return entry;
            }
        }

        if (Inherited is null)
        {
            yield break;
        }

        foreach (var entry in Inherited.Entries)
        {
            if (entry.KeyText is { } key && InheritableFields.Contains(key) && entry.Value is not YamlScalar { IsNull: true }
                && (own?[key] is null or YamlScalar { IsNull: true }))
            {
                yield return entry;
            }
        }
    }

    private YamlNode? InheritedValue(string key) =>
        Inherited is not null && InheritableFields.Contains(key) && Inherited[key] is { } value and not YamlScalar { IsNull: true } ? value : null;
}
