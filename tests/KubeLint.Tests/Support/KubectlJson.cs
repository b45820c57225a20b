using System.Text.Json.Nodes;
using KubeLint.Yaml;

namespace KubeLint.Tests.Support;

/// <summary>
/// An object's tree as the JSON kubectl sends to the API server: YAML 1.1 scalar types, and a float
/// with a whole value as that integer (Go's encoding/json writes 0.0 as 0).
/// </summary>
internal static class KubectlJson
{
    public static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMapping mapping => new JsonObject(mapping.Entries.Select(e => KeyValuePair.Create(e.KeyText ?? string.Empty, Convert(e.Value)))),
        YamlSequence sequence => new JsonArray([.. sequence.Items.Select(Convert)]),
        YamlScalar { IsNull: true } => null,
        YamlScalar scalar when scalar.TryGetBoolean(out var boolean) => JsonValue.Create(boolean),
        YamlScalar scalar when scalar.TryGetInt64(out var number) => JsonValue.Create(number),
        YamlScalar { ResolvedType: YamlScalarType.Float } scalar => JsonValue.Create(double.Parse(scalar.Value.Replace("_", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)),
        YamlScalar scalar => JsonValue.Create(scalar.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    /// <summary>The JSON with object keys sorted at every level, for comparisons that ignore key order.</summary>
    public static string Canonical(JsonNode? node) => Sorted(node)?.ToJsonString() ?? "null";

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Sorted)]),
        null => null,
        JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.Number => JsonValue.Create(double.Parse(value.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture)),
        _ => JsonNode.Parse(node.ToJsonString()),
    };
}
