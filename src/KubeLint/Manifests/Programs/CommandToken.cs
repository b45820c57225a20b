using KubeLint.Yaml;

namespace KubeLint.Manifests.Programs;

/// <summary>One word of a container's command line and the list item (or shell script) it came from.</summary>
internal sealed record CommandToken(string Text, YamlNode Node);
