using KubeLint.Yaml;

namespace KubeLint.Linting.Fixing;

/// <summary>Finds a node by the path <see cref="YamlNode.Path"/> writes: <c>spec.containers[0]</c>, <c>metadata.annotations['a.b/c']</c>.</summary>
internal static class YamlPath
{
    private static readonly string[] ContainerLists = ["containers", "initContainers", "ephemeralContainers"];

    /// <summary>
    /// The node at <paramref name="path"/>; with <paramref name="containerName"/>, an item of a
    /// container list is the container of that name rather than the one at the index (a
    /// kustomize resource or patch lists containers in its own order, and is merged by name).
    /// </summary>
    public static YamlNode? Find(YamlNode root, string path, string? containerName = null)
    {
        var node = root;
        var i = 0;
        while (i < path.Length && node is not null)
        {
            if (path[i] == '.')
            {
                i++;
            }

            if (path.AsSpan(i).StartsWith("['"))
            {
                var close = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (close < 0)
                {
                    return null;
                }

                node = (node as YamlMapping)?[path[(i + 2)..close]];
                i = close + 2;
            }
            else if (path[i] == '[')
            {
                var close = path.IndexOf(']', i);
                if (close < 0 || !int.TryParse(path.AsSpan(i + 1, close - i - 1), out var index) || node is not YamlSequence sequence || index >= sequence.Count)
                {
                    return null;
                }

                node = containerName is not null && sequence.Key is YamlScalar { Value: var list } && ContainerLists.Contains(list)
                    ? sequence.Items.OfType<YamlMapping>().FirstOrDefault(c => c.GetString("name") == containerName)
                    : sequence[index];
                i = close + 1;
            }
            else
            {
                var end = path.IndexOfAny(['.', '['], i);
                end = end < 0 ? path.Length : end;
                node = (node as YamlMapping)?[path[i..end]];
                i = end;
            }
        }

        return node;
    }
}
