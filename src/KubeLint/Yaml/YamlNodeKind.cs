namespace KubeLint.Yaml;

/// <summary>The three kinds of YAML node.</summary>
public enum YamlNodeKind
{
    /// <summary>A scalar value.</summary>
    Scalar,

    /// <summary>A mapping of keys to values.</summary>
    Mapping,

    /// <summary>A sequence of items.</summary>
    Sequence,
}
