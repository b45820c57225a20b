namespace KubeLint.Yaml;

/// <summary>A scalar node with its text, how it was written, and its YAML 1.1 resolution.</summary>
public sealed class YamlScalar : YamlNode
{
    internal YamlScalar(string value, ScalarStyle style, string? tag, SourcePosition start, SourcePosition end)
        : base(start, end)
    {
        Value = value;
        Style = style;
        Tag = tag;
        ResolvedType = Yaml11Resolver.Resolve(value, style, tag);
    }

    /// <inheritdoc />
    public override YamlNodeKind Kind => YamlNodeKind.Scalar;

    /// <summary>The scalar's text after unquoting and folding.</summary>
    public string Value { get; }

    /// <summary>How the scalar was written.</summary>
    public ScalarStyle Style { get; }

    /// <summary>The explicit tag, e.g. <c>tag:yaml.org,2002:str</c>, or null.</summary>
    public string? Tag { get; }

    /// <summary>What Kubernetes reads this scalar as.</summary>
    public YamlScalarType ResolvedType { get; }

    /// <summary>Whether the scalar resolves to null.</summary>
    public bool IsNull => ResolvedType == YamlScalarType.Null;

    /// <summary>Reads the scalar as a boolean the way Kubernetes does (<c>yes</c>, <c>On</c>, <c>FALSE</c>…).</summary>
    public bool TryGetBoolean(out bool value)
    {
        if (ResolvedType == YamlScalarType.Boolean)
        {
            value = Yaml11Resolver.ParseBoolean(Value);
            return true;
        }

        value = false;
        return false;
    }

    /// <summary>
    /// Reads the scalar as the integer kubectl sends for it (<c>0x1F</c>, <c>017</c>, <c>1_000</c>…), a
    /// float with a whole value included: <c>0.0</c> and <c>0e0</c> reach the API server as <c>0</c>.
    /// </summary>
    public bool TryGetInt64(out long value) => ResolvedType switch
    {
        YamlScalarType.Integer => Yaml11Resolver.TryParseInteger(Value, out value),
        YamlScalarType.Float => Yaml11Resolver.TryParseIntegralFloat(Value, out value),
        _ => Fail(out value),
    };

    /// <summary>Whether the scalar is written as a float (<c>0.0</c>, <c>1e3</c>) though kubectl sends a whole number.</summary>
    internal bool IsIntegralFloat => ResolvedType == YamlScalarType.Float && Yaml11Resolver.TryParseIntegralFloat(Value, out _);

    private static bool Fail(out long value)
    {
        value = 0;
        return false;
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
