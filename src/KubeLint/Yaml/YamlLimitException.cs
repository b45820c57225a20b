namespace KubeLint.Yaml;

/// <summary>Thrown inside the Yaml layer when a document crosses one of the <see cref="YamlLimits"/>.</summary>
internal sealed class YamlLimitException(SourcePosition position, string message) : Exception(message)
{
    public SourcePosition Position { get; } = position;
}
