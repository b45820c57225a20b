using System.Globalization;
using KubeLint.Manifests;
using KubeLint.Yaml;

namespace KubeLint.Rules.Custom;

/// <summary>Manifest scalars as JSON Schema sees them (types, equality, numbers), and how reasons name them.</summary>
internal static class JsonValues
{
    public static JsonTypes TypeOf(YamlNode node) => node switch
    {
        YamlMapping => JsonTypes.Object,
        YamlSequence => JsonTypes.Array,
        YamlScalar scalar => scalar.ResolvedType switch
        {
            YamlScalarType.Null => JsonTypes.Null,
            YamlScalarType.Boolean => JsonTypes.Boolean,
            YamlScalarType.Integer => JsonTypes.Integer,
            YamlScalarType.Float => scalar.IsIntegralFloat ? JsonTypes.Integer : JsonTypes.Number,
            _ => JsonTypes.String,
        },
        _ => JsonTypes.None,
    };

    /// <summary>Equality as JSON has it: the same type and value (<c>1</c> equals <c>1.0</c>; <c>"1"</c> does not).</summary>
    public static bool JsonEquals(YamlNode node, YamlScalar value)
    {
        if (node is not YamlScalar scalar)
        {
            return false;
        }

        var (left, right) = (TypeOf(scalar), TypeOf(value));
        if (left is JsonTypes.Integer or JsonTypes.Number && right is JsonTypes.Integer or JsonTypes.Number)
        {
            return NumberOf(scalar) is { } a && NumberOf(value) is { } b && a.Equals(b);
        }

        if (left != right)
        {
            return false;
        }

        return left switch
        {
            JsonTypes.Null => true,
            JsonTypes.Boolean => scalar.TryGetBoolean(out var a) && value.TryGetBoolean(out var b) && a == b,
            _ => scalar.Value == value.Value,
        };
    }

    public static double? NumberOf(YamlScalar scalar) =>
        scalar.TryGetInt64(out var integer) ? integer
        : double.TryParse(scalar.Value.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number
        : scalar.Value.ToLowerInvariant() switch
        {
            ".inf" or "+.inf" => double.PositiveInfinity,
            "-.inf" => double.NegativeInfinity,
            _ => null,
        };

    public static string Describe(YamlNode node) => node switch
    {
        YamlScalar { IsNull: true } => "null",
        YamlScalar scalar when TypeOf(scalar) == JsonTypes.String => $"'{InputValue.Quoted(scalar.Value)}'",
        YamlScalar scalar => InputValue.Quoted(scalar.Value),
        YamlMapping => "the mapping",
        _ => "the list",
    };

    public static string Article(JsonTypes type) => type switch
    {
        JsonTypes.Null => "null",
        JsonTypes.Integer => "an integer",
        JsonTypes.Array => "a list",
        JsonTypes.Object => "a mapping",
        _ => "a " + type.ToString().ToLowerInvariant(),
    };

    public static string Names(JsonTypes types) =>
        string.Join(" or ", Enum.GetValues<JsonTypes>().Where(t => t != JsonTypes.None && types.HasFlag(t)).Select(Article));
}
