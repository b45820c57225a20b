namespace KubeLint.Yaml;

/// <summary>One document of a YAML stream.</summary>
/// <param name="Index">0-based position of the document in its stream.</param>
/// <param name="Root">The document's root node.</param>
public sealed record YamlDocument(int Index, YamlNode Root);
