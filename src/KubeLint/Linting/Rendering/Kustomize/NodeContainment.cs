using KubeLint.Yaml;

namespace KubeLint.Linting.Rendering.Kustomize;

/// <summary>
/// Whether a source node can have written a rendered node: everything it says is still there.
/// Later layers may add keys, list items and affixes to names and images, but a value they changed
/// (<c>privileged: false</c> patched to <c>true</c>) shows that the source did not write it.
/// </summary>
internal static class NodeContainment
{
    private const int MaxNodes = 5000;

    public static bool Holds(YamlNode rendered, YamlNode source)
    {
        var budget = MaxNodes;
        return Holds(rendered, source, ref budget);
    }

    private static bool Holds(YamlNode rendered, YamlNode source, ref int budget)
    {
        if (--budget < 0)
        {
            return true;
        }

        switch (source, rendered)
        {
            case (YamlScalar s, YamlScalar r):
                return r.Value.Contains(s.Value, StringComparison.Ordinal);
            case (YamlMapping s, YamlMapping r):
                foreach (var entry in s.Entries)
                {
                    if (entry.Value is YamlScalar { IsNull: true } || entry.KeyText is not { } key)
                    {
                        continue;
                    }

                    if (r[key] is not { } value || !Holds(value, entry.Value, ref budget))
                    {
                        return false;
                    }
                }

                return true;
            case (YamlSequence s, YamlSequence r):
                foreach (var item in s.Items)
                {
                    var found = false;
                    foreach (var candidate in r.Items)
                    {
                        if (Holds(candidate, item, ref budget))
                        {
                            found = true;
                            break;
                        }
                    }

                    if (!found)
                    {
                        return false;
                    }
                }

                return true;
            default:
                return source is YamlScalar { IsNull: true };
        }
    }
}
