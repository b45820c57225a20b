namespace KubeLint.Yaml;

/// <summary>What was read from one YAML stream: every non-empty document that could be built, and every error.</summary>
/// <param name="Documents">The documents in stream order.</param>
/// <param name="Errors">The problems found, in stream order.</param>
public sealed record YamlStreamContent(IReadOnlyList<YamlDocument> Documents, IReadOnlyList<YamlError> Errors);
