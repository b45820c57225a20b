namespace KubeLint.Yaml;

/// <summary>One key and its value in a mapping.</summary>
/// <param name="Key">The key node (a scalar in every Kubernetes manifest).</param>
/// <param name="Value">The value node.</param>
public readonly record struct YamlMappingEntry(YamlNode Key, YamlNode Value)
{
    /// <summary>The key's text when the key is a scalar; otherwise null.</summary>
    public string? KeyText => (Key as YamlScalar)?.Value;
}
