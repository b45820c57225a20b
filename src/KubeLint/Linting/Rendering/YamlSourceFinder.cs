using KubeLint.Yaml;

namespace KubeLint.Linting.Rendering;

/// <summary>
/// Finds a node path in plain YAML files (the resources and patches a kustomization builds from):
/// the document of the same kind, then the deepest node of the path it holds.
/// </summary>
internal static class YamlSourceFinder
{
    /// <summary>The deepest node of <paramref name="steps"/> in a document of <paramref name="kind"/>, and how many steps it matched.</summary>
    public static (YamlNode Node, int Depth)? Find(string text, string kind, string name, IReadOnlyList<PathStep> steps)
    {
        (YamlNode Node, int Depth)? best = null;
        foreach (var document in YamlLoader.Load(text).Documents)
        {
            if (document.Root is not YamlMapping root || root.GetString("kind") != kind || !SameObject(root, name))
            {
                continue;
            }

            var (node, depth) = Walk(root, steps);
            if (best is null || depth > best.Value.Depth)
            {
                best = (node, depth);
            }
        }

        return best;
    }

    /// <summary>Kustomize may add a prefix or suffix to names; the source name is inside the rendered one.</summary>
    private static bool SameObject(YamlMapping root, string renderedName) =>
        root.GetMapping("metadata")?.GetString("name") is not { Length: > 0 } name || renderedName.Contains(name, StringComparison.Ordinal);

    private static (YamlNode Node, int Depth) Walk(YamlMapping root, IReadOnlyList<PathStep> steps)
    {
        YamlNode current = root;
        var depth = 0;
        foreach (var step in steps)
        {
            YamlNode? next = step.IsKey
                ? (current as YamlMapping)?[step.Key!]
                : current is YamlSequence sequence && step.Index < sequence.Items.Count ? sequence.Items[step.Index] : null;
            if (next is null)
            {
                break;
            }

            current = next;
            depth++;
        }

        return (current, depth);
    }
}
