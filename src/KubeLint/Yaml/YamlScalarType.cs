namespace KubeLint.Yaml;

/// <summary>The type a scalar resolves to under the YAML 1.1 rules Kubernetes decodes with.</summary>
public enum YamlScalarType
{
    /// <summary><c>null</c>, <c>~</c> or nothing at all.</summary>
    Null,

    /// <summary><c>true/false/yes/no/on/off/y/n</c> in their lower, title or upper case forms.</summary>
    Boolean,

    /// <summary>A decimal, <c>0x</c> hexadecimal, <c>0o</c> or leading-zero octal, or <c>0b</c> binary integer.</summary>
    Integer,

    /// <summary>A floating-point number.</summary>
    Float,

    /// <summary>Anything else, and every quoted or block scalar.</summary>
    String,
}
