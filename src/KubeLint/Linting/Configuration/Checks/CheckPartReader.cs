using KubeLint.Manifests.Workloads;
using KubeLint.Rules.Custom;
using KubeLint.Yaml;

namespace KubeLint.Linting.Configuration.Checks;

/// <summary>Reads the parts of a check: a ready-made check's parameters, target, container lists, match and requirement.</summary>
internal static class CheckPartReader
{
    internal static readonly string[] MatchKeys = ["kinds", "namespaces", "names", "labels"];
    internal static readonly string[] RequiresKeys = ["selectedBy", "serviceAccountDefined"];

    private static readonly Dictionary<string, CheckTarget> Targets = new(StringComparer.Ordinal)
    {
        ["object"] = CheckTarget.Object, ["podSpec"] = CheckTarget.PodSpec, ["container"] = CheckTarget.Container,
    };

    private static readonly Dictionary<string, ContainerList> Lists = new(StringComparer.Ordinal)
    {
        ["containers"] = ContainerList.Containers, ["initContainers"] = ContainerList.InitContainers, ["ephemeralContainers"] = ContainerList.EphemeralContainers,
    };

    public static Dictionary<string, IReadOnlyList<string>> ReadParameters(CatalogueEntry entry, YamlNode? node, YamlMapping check, ConfigReader from)
    {
        var parameters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (node is not null && from.Mapping(node, "with") is { } mapping)
        {
            foreach (var (key, value) in from.Entries(mapping, [.. entry.Parameters.Select(p => p.Name)], $"the parameters of '{entry.Name}'"))
            {
                var values = from.Strings(value, $"with.{key}");
                if (values.Count == 0 || values.Any(v => v.Value.Length == 0))
                {
                    from.Error(value, $"with.{key} needs at least one non-empty value");
                }

                parameters[key] = [.. values.Select(v => v.Value)];
            }
        }

        foreach (var (name, required, _) in entry.Parameters)
        {
            if (required && !parameters.ContainsKey(name))
            {
                from.Error(node ?? check, $"the ready-made check '{entry.Name}' needs the parameter '{name}' under 'with'");
            }
        }

        return parameters;
    }

    public static CheckTarget ReadTarget(string text, YamlNode node, ConfigReader from)
    {
        if (Targets.TryGetValue(text, out var target))
        {
            return target;
        }

        from.Error(node, $"target must be {string.Join(", ", Targets.Keys)}, not '{text}'");
        return CheckTarget.Object;
    }

    public static List<ContainerList>? ReadLists(YamlNode node, CheckTarget target, ConfigReader from)
    {
        if (target != CheckTarget.Container)
        {
            from.Error(node, "containers chooses the container lists of a check whose target is container");
            return null;
        }

        var lists = new List<ContainerList>();
        foreach (var (text, item) in from.Strings(node, "containers"))
        {
            if (Lists.TryGetValue(text, out var list))
            {
                lists.Add(list);
            }
            else
            {
                from.Error(item, $"containers lists {string.Join(", ", Lists.Keys)}, not '{text}'");
            }
        }

        return lists;
    }

    public static CheckMatch? ReadMatch(YamlNode node, ConfigReader from, string what)
    {
        if (from.Mapping(node, what) is not { } mapping)
        {
            return null;
        }

        List<string> kinds = [], namespaces = [], names = [];
        var labels = new List<KeyValuePair<string, string>>();
        foreach (var (key, value) in from.Entries(mapping, MatchKeys, what))
        {
            switch (key)
            {
                case "kinds": kinds = [.. from.Strings(value, $"{what}.kinds").Select(s => s.Value)]; break;
                case "namespaces": namespaces = [.. from.Strings(value, $"{what}.namespaces").Select(s => s.Value)]; break;
                case "names": names = [.. from.Strings(value, $"{what}.names").Select(s => s.Value)]; break;
                default:
                    if (from.Mapping(value, $"{what}.labels") is { } labelMap)
                    {
                        foreach (var entry in labelMap.Entries)
                        {
                            if (from.String(entry.Value, $"{what}.labels.{entry.KeyText}") is { } glob)
                            {
                                labels.Add(new(entry.KeyText ?? string.Empty, glob));
                            }
                        }
                    }

                    break;
            }
        }

        return new CheckMatch(kinds, namespaces, names, labels);
    }

    public static CheckRelation? ReadRelation(YamlNode node, CheckTarget target, ConfigReader from)
    {
        if (from.Mapping(node, "requires") is not { } mapping)
        {
            return null;
        }

        if (target != CheckTarget.Object)
        {
            from.Error(node, "requires applies to whole workloads: use it with target object");
        }

        List<string> kinds = [];
        var serviceAccount = false;
        foreach (var (key, value) in from.Entries(mapping, RequiresKeys, "requires"))
        {
            if (key == "selectedBy")
            {
                foreach (var (kind, item) in from.Strings(value, "requires.selectedBy"))
                {
                    if (CheckRelation.SelectorKinds.Contains(kind))
                    {
                        kinds.Add(kind);
                    }
                    else
                    {
                        from.Error(item, $"requires.selectedBy takes {string.Join(", ", CheckRelation.SelectorKinds)}, not '{kind}'");
                    }
                }
            }
            else
            {
                serviceAccount = from.Boolean(value, "requires.serviceAccountDefined") ?? false;
            }
        }

        if (kinds.Count == 0 && !serviceAccount)
        {
            from.Error(mapping, "requires needs 'selectedBy' or 'serviceAccountDefined: true'");
        }

        return new CheckRelation(kinds, serviceAccount);
    }
}
