using KubeLint.Yaml;

namespace KubeLint.Manifests;

/// <summary>Turns a file's YAML documents into Kubernetes objects; what is not an object is skipped silently.</summary>
internal static class ManifestReader
{
    public static ManifestContent Read(string file, string text, string defaultNamespace, YamlLimits limits, StringPool? strings = null)
    {
        strings ??= new StringPool();
        var stream = JsonStreamReader.IsJsonStream(text) ? JsonStreamReader.Read(text, limits) : YamlLoader.Load(text, limits);
        var helm = text.Contains("# Source: ", StringComparison.Ordinal) ? HelmSourceMap.Scan(text) : null;
        var objects = new List<K8sObject>();
        var errors = new List<YamlError>(stream.Errors);
        var previousEnd = 0;
        foreach (var document in stream.Documents)
        {
            var helmSource = helm?.SourceFor(document.Root, previousEnd);
            previousEnd = document.Root.End.Line;
            if (document.Root is not YamlMapping root || root.GetString("kind") is not { Length: > 0 } kind)
            {
                continue;
            }

            if (document.FirstNonScalarKey is { } keyAt)
            {
                errors.Add(new YamlError(keyAt, "a mapping key is not a string (an un-rendered {{ }} template placeholder?); Kubernetes rejects the object"));
                continue;
            }

            var source = new ManifestSource(file, document.Index, null, helmSource);
            if (root.TryGetValue("items", out var items))
            {
                AddListItems(objects, errors, source, items, defaultNamespace, strings);
            }
            else if (root.GetString("apiVersion") is { Length: > 0 } apiVersion && !KubernetesKinds.IsBuildToolFile(apiVersion))
            {
                objects.Add(new K8sObject(source, root, apiVersion, kind, defaultNamespace, strings));
            }
        }

        errors.Sort((a, b) => a.Position.Offset.CompareTo(b.Position.Offset));
        return new ManifestContent(objects, errors);
    }

    /// <summary>
    /// kubectl reads any object with an <c>items</c> key as a list, whatever its kind, and deploys the
    /// items instead of the object itself; lists inside lists are flattened.
    /// </summary>
    private static void AddListItems(List<K8sObject> objects, List<YamlError> errors, ManifestSource listSource, YamlNode items, string defaultNamespace, StringPool strings)
    {
        var pending = new Stack<YamlNode>([items]);
        var index = 0;
        while (pending.TryPop(out var list))
        {
            if (list is YamlScalar { IsNull: true })
            {
                continue;
            }

            if (list is not YamlSequence sequence)
            {
                errors.Add(new YamlError(list.Start, "items is not a list: kubectl reads an object with items as a list, and refuses this one"));
                continue;
            }

            for (var i = sequence.Count - 1; i >= 0; i--)
            {
                if (sequence[i] is YamlMapping { } nested && nested.TryGetValue("items", out var inner) && nested.GetString("kind") is { Length: > 0 })
                {
                    pending.Push(inner);
                }
            }

            foreach (var item in sequence.Items)
            {
                if (item is YamlMapping mapping && !mapping.TryGetValue("items", out _) && TryReadType(mapping, out var apiVersion, out var kind))
                {
                    objects.Add(new K8sObject(listSource with { ListItemIndex = index++ }, mapping, apiVersion, kind, defaultNamespace, strings));
                }
            }
        }
    }

    private static bool TryReadType(YamlMapping root, out string apiVersion, out string kind)
    {
        apiVersion = root.GetString("apiVersion") ?? string.Empty;
        kind = root.GetString("kind") ?? string.Empty;
        return apiVersion.Length > 0 && kind.Length > 0;
    }
}
