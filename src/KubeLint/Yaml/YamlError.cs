namespace KubeLint.Yaml;

/// <summary>A problem that kept part of a YAML stream from being read.</summary>
/// <param name="Position">Where the problem is.</param>
/// <param name="Message">What is wrong, for a person.</param>
public sealed record YamlError(SourcePosition Position, string Message);
