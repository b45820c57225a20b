using KubeLint.Yaml;

namespace KubeLint.Linting.Rendering;

/// <summary>A Helm chart folder: its name and the dependencies <c>Chart.yaml</c> lists.</summary>
/// <param name="Directory">The chart folder.</param>
/// <param name="Name">The chart's name.</param>
/// <param name="Dependencies">The names of its dependencies.</param>
/// <param name="Aliases">The dependencies renamed by an <c>alias</c>: alias to name.</param>
internal sealed record HelmChart(string Directory, string Name, IReadOnlyList<string> Dependencies, IReadOnlyDictionary<string, string> Aliases)
{
    public const string ChartFile = "Chart.yaml";

    public static bool IsChart(string directory) => File.Exists(Path.Combine(directory, ChartFile));

    /// <summary>Reads the chart's <c>Chart.yaml</c>; a file that cannot be read names the chart after its folder.</summary>
    public static HelmChart Read(string directory)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(directory));
        var dependencies = new List<string>();
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        // A Chart.yaml that cannot be read is left for helm to report.
        var content = YamlLoader.Load(Discovery.BoundedFile.ReadText(Path.Combine(directory, ChartFile)) ?? string.Empty);
        if (content.Documents.Count > 0 && content.Documents[0].Root is YamlMapping root)
        {
            name = root.GetString("name") ?? name;
            foreach (var dependency in root["dependencies"].AsItems().OfType<YamlMapping>())
            {
                if (dependency.GetString("name") is { } dependencyName)
                {
                    dependencies.Add(dependencyName);
                    if (dependency.GetString("alias") is { Length: > 0 } alias)
                    {
                        aliases.TryAdd(alias, dependencyName);
                    }
                }
            }
        }

        return new HelmChart(directory, name, dependencies, aliases);
    }

    /// <summary>
    /// The file a template path of Helm's <c># Source:</c> comments names, below the chart's own name:
    /// <c>charts/nginx/templates/x.yaml</c> is in the subchart folder that holds the chart <c>nginx</c>
    /// stands for (an alias of <c>ingress-nginx</c>), whatever that folder is called. Null when no
    /// folder holds it.
    /// </summary>
    public static string? TemplateFile(string chartDirectory, string pathBelowChart)
    {
        var parts = pathBelowChart.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var directory = chartDirectory;
        var at = 0;
        while (parts.Length - at > 2 && parts[at] == "charts")
        {
            if (Subchart(directory, parts[at + 1]) is not { } subchart)
            {
                return null;
            }

            directory = subchart;
            at += 2;
        }

        return parts.Length - at > 0 ? Path.Combine(directory, Path.Combine(parts[at..])) : null;
    }

    private static string? Subchart(string parent, string nameInSource)
    {
        var name = Read(parent).Aliases.TryGetValue(nameInSource, out var aliased) ? aliased : nameInSource;
        var direct = Path.Combine(parent, "charts", nameInSource);
        if (IsChart(direct) && Read(direct).Name == name)
        {
            return direct;
        }

        var charts = Path.Combine(parent, "charts");
        return System.IO.Directory.Exists(charts)
            ? System.IO.Directory.EnumerateDirectories(charts).Order(StringComparer.Ordinal).FirstOrDefault(d => IsChart(d) && Read(d).Name == name)
            : null;
    }

    /// <summary>Dependencies that <c>charts/</c> holds neither as a folder nor as a <c>.tgz</c>.</summary>
    public IReadOnlyList<string> MissingDependencies()
    {
        var chartsFolder = Path.Combine(Directory, "charts");
        var present = new HashSet<string>(StringComparer.Ordinal);
        if (System.IO.Directory.Exists(chartsFolder))
        {
            foreach (var entry in System.IO.Directory.EnumerateFileSystemEntries(chartsFolder))
            {
                if (IsChart(entry))
                {
                    present.Add(Read(entry).Name);
                }
                else if (entry.EndsWith(".tgz", StringComparison.Ordinal))
                {
                    present.Add(Path.GetFileName(entry));
                }
            }
        }

        return [.. Dependencies.Where(d => !present.Contains(d) && !present.Any(p => p.StartsWith(d + "-", StringComparison.Ordinal) && p.EndsWith(".tgz", StringComparison.Ordinal)))];
    }
}
