namespace KubeLint.Yaml;

/// <summary>One document of a YAML stream.</summary>
/// <param name="Index">0-based position of the document in its stream.</param>
/// <param name="Root">The document's root node.</param>
public sealed record YamlDocument(int Index, YamlNode Root)
{
    /// <summary>
    /// Where the document first uses a mapping or sequence as a mapping key, which JSON (and so
    /// Kubernetes) cannot represent; typically an un-rendered <c>{{ placeholder }}</c>.
    /// </summary>
    public SourcePosition? FirstNonScalarKey { get; init; }
}
