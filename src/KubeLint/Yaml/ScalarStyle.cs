namespace KubeLint.Yaml;

/// <summary>How a scalar was written; only plain scalars are resolved to booleans, numbers or null.</summary>
public enum ScalarStyle
{
    /// <summary>Unquoted.</summary>
    Plain,

    /// <summary>In single quotes.</summary>
    SingleQuoted,

    /// <summary>In double quotes.</summary>
    DoubleQuoted,

    /// <summary>A literal block scalar (<c>|</c>).</summary>
    Literal,

    /// <summary>A folded block scalar (<c>&gt;</c>).</summary>
    Folded,
}
