using KubeLint.Yaml;

namespace KubeLint.Manifests;

/// <summary>Turns a file's YAML documents into Kubernetes objects; what is not an object is skipped silently.</summary>
internal static class ManifestReader
{
    public static ManifestContent Read(string file, string text, string defaultNamespace, YamlLimits limits)
    {
        var stream = YamlLoader.Load(text, limits);
        var helm = text.Contains("# Source: ", StringComparison.Ordinal) ? HelmSourceMap.Scan(text) : null;
        var objects = new List<K8sObject>();
        var errors = new List<YamlError>(stream.Errors);
        var previousEnd = 0;
        foreach (var document in stream.Documents)
        {
            var helmSource = helm?.SourceFor(document.Root, previousEnd);
            previousEnd = document.Root.End.Line;
            if (document.Root is not YamlMapping root || !TryReadType(root, out var apiVersion, out var kind))
            {
                continue;
            }

            if (document.FirstNonScalarKey is { } keyAt)
            {
                errors.Add(new YamlError(keyAt, "a mapping key is not a string (an un-rendered {{ }} template placeholder?); Kubernetes rejects the object"));
                continue;
            }

            var source = new ManifestSource(file, document.Index, null, helmSource);
            if (KubernetesKinds.IsList(kind) && root.GetSequence("items") is { } items)
            {
                AddListItems(objects, source, items, defaultNamespace);
            }
            else if (!KubernetesKinds.IsBuildToolFile(apiVersion))
            {
                objects.Add(new K8sObject(source, root, apiVersion, kind, defaultNamespace));
            }
        }

        errors.Sort((a, b) => a.Position.Offset.CompareTo(b.Position.Offset));
        return new ManifestContent(objects, errors);
    }

    private static void AddListItems(List<K8sObject> objects, ManifestSource listSource, YamlSequence items, string defaultNamespace)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is YamlMapping item && TryReadType(item, out var apiVersion, out var kind))
            {
                objects.Add(new K8sObject(listSource with { ListItemIndex = i }, item, apiVersion, kind, defaultNamespace));
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
