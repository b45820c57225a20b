using KubeLint.Manifests.Index;
using KubeLint.Manifests.Programs;
using KubeLint.Manifests.Workloads;
using KubeLint.Yaml;

namespace KubeLint.Manifests.AdminUis;

/// <summary>Finds known admin UIs among a workload's containers and reads the settings that decide their authentication.</summary>
internal static class AdminUiDetector
{
    public static IEnumerable<AdminUiFacts> Detect(
        K8sObject obj,
        PodSpecView pod,
        WorkloadFacts workload,
        IReadOnlyList<AdminUiEntry> catalog,
        Func<ContainerView, ContainerCommandLine> commandLineOf)
    {
        var mounted = MountedConfigMaps(pod);
        foreach (var container in pod.Containers.Where(c => c.List != ContainerList.EphemeralContainers))
        {
            if (container.Node.GetScalar("image") is not { IsNull: false } imageNode)
            {
                continue;
            }

            var image = ImageReference.Parse(imageNode.Value);
            var commandLine = commandLineOf(container);
            foreach (var entry in catalog.Where(e => e.MatchesImage(image.Repository)))
            {
                if (entry.RequiredArgument is { } required && commandLine.Binary != required && !commandLine.Positionals.Contains(required))
                {
                    continue;
                }

                var settings = new List<UiSettingHit>();
                var configMapValues = new List<UiConfigMapValue>();
                foreach (var check in entry.AuthOff)
                {
                    ReadCheck(obj, container, commandLine, check, settings, configMapValues);
                }

                yield return new AdminUiFacts(
                    workload,
                    entry,
                    container.Name,
                    new Located<string>(imageNode.Value, obj.SpanOf(imageNode), imageNode.Path),
                    image.Version,
                    settings,
                    configMapValues,
                    mounted)
                {
                    Details = ReadDetails(container, entry),
                };
                break;
            }
        }
    }

    private static void ReadCheck(
        K8sObject obj,
        ContainerView container,
        ContainerCommandLine commandLine,
        AuthOffCheck check,
        List<UiSettingHit> settings,
        List<UiConfigMapValue> configMapValues)
    {
        switch (check.Source)
        {
            case SettingSource.Flag:
                foreach (var flag in commandLine.All(check.Name).Where(f => check.Matches(f.Value)))
                {
                    settings.Add(new UiSettingHit(check, Locate(obj, flag.Node, flag.Display)));
                }

                break;
            case SettingSource.Env:
                foreach (var env in container.Node["env"].AsItems().OfType<YamlMapping>().Where(e => e.GetString("name") == check.Name))
                {
                    if (env.GetMapping("valueFrom")?.GetMapping("configMapKeyRef") is { } reference)
                    {
                        configMapValues.Add(new UiConfigMapValue(check, reference.GetString("name") ?? string.Empty, reference.GetString("key") ?? string.Empty, Locate(obj, env, check.Name)));
                    }
                    else if (env["value"] is YamlScalar value && check.Matches(value.IsNull ? string.Empty : value.Value))
                    {
                        settings.Add(new UiSettingHit(check, Locate(obj, value, $"{check.Name}={value.Value}")));
                    }
                }

                break;
        }
    }

    private static Dictionary<string, string> ReadDetails(ContainerView container, AdminUiEntry entry)
    {
        var details = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var env in container.Node["env"].AsItems().OfType<YamlMapping>())
        {
            if (env.GetString("name") is { } name && entry.DetailEnv.Contains(name) && env.GetString("value") is { } value)
            {
                details[name] = value;
            }
        }

        return details;
    }

    private static List<string> MountedConfigMaps(PodSpecView pod)
    {
        var names = new List<string>();
        foreach (var volume in pod.Volumes)
        {
            if (volume.GetMapping("configMap")?.GetString("name") is { } direct)
            {
                names.Add(direct);
            }

            foreach (var source in volume.GetMapping("projected")?["sources"].AsItems().OfType<YamlMapping>() ?? [])
            {
                if (source.GetMapping("configMap")?.GetString("name") is { } projected)
                {
                    names.Add(projected);
                }
            }
        }

        return names;
    }

    private static Located<string> Locate(K8sObject obj, YamlNode node, string value) => new(value, obj.SpanOf(node), node.Path);
}
