using KubeLint.Yaml;

namespace KubeLint.Linting.Rendering;

/// <summary>A Helm chart folder: its name and the dependencies <c>Chart.yaml</c> lists.</summary>
internal sealed record HelmChart(string Directory, string Name, IReadOnlyList<string> Dependencies)
{
    public const string ChartFile = "Chart.yaml";

    public static bool IsChart(string directory) => File.Exists(Path.Combine(directory, ChartFile));

    /// <summary>Reads the chart's <c>Chart.yaml</c>; a file that cannot be read names the chart after its folder.</summary>
    public static HelmChart Read(string directory)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(directory));
        var dependencies = new List<string>();
        // A Chart.yaml that cannot be read is left for helm to report.
        var content = YamlLoader.Load(Inputs.BoundedFile.ReadText(Path.Combine(directory, ChartFile)) ?? string.Empty);
        if (content.Documents.Count > 0 && content.Documents[0].Root is YamlMapping root)
        {
            name = root.GetString("name") ?? name;
            dependencies.AddRange(root["dependencies"].AsItems().OfType<YamlMapping>().Select(d => d.GetString("name")).OfType<string>());
        }

        return new HelmChart(directory, name, dependencies);
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
