namespace KubeLint.Yaml;

/// <summary>Reading scalar values the way Kubernetes does, from nodes that may be absent.</summary>
public static class YamlNodeExtensions
{
    /// <summary>Whether the node is a scalar that Kubernetes reads as boolean true.</summary>
    public static bool IsTrue(this YamlNode? node) => node is YamlScalar scalar && scalar.TryGetBoolean(out var value) && value;

    /// <summary>Whether the node is a scalar that Kubernetes reads as boolean false.</summary>
    public static bool IsFalse(this YamlNode? node) => node is YamlScalar scalar && scalar.TryGetBoolean(out var value) && !value;

    /// <summary>The text of a non-null scalar, or null.</summary>
    public static string? AsString(this YamlNode? node) => node is YamlScalar { IsNull: false } scalar ? scalar.Value : null;

    /// <summary>The integer value of a scalar, or null.</summary>
    public static long? AsInt64(this YamlNode? node) => node is YamlScalar scalar && scalar.TryGetInt64(out var value) ? value : null;

    /// <summary>The items of a sequence node, or none.</summary>
    public static IReadOnlyList<YamlNode> AsItems(this YamlNode? node) => node is YamlSequence sequence ? sequence.Items : [];
}
