using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using KubeLint.Yaml;

namespace KubeLint.Tests.Support;

/// <summary>Converts a YAML tree to JSON with YAML 1.1 scalar types, to validate YAML against JSON Schemas.</summary>
internal static class YamlToJson
{
    public static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMapping mapping => new JsonObject(mapping.Entries.Select(e => KeyValuePair.Create(e.KeyText ?? string.Empty, Convert(e.Value)))),
        YamlSequence sequence => new JsonArray([.. sequence.Items.Select(Convert)]),
        YamlScalar { IsNull: true } => null,
        YamlScalar scalar when scalar.TryGetBoolean(out var boolean) => JsonValue.Create(boolean),
        YamlScalar { ResolvedType: YamlScalarType.Integer } scalar => JsonValue.Create(scalar.AsInt64()),
        YamlScalar { ResolvedType: YamlScalarType.Float } scalar => JsonValue.Create(double.Parse(scalar.Value, CultureInfo.InvariantCulture)),
        YamlScalar scalar => JsonValue.Create(scalar.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    public static JsonNode? Convert(string yaml) => Convert(YamlLoader.Load(yaml).Documents.Single().Root);

    public static JsonElement Element(string yaml) => JsonDocument.Parse(Convert(yaml)?.ToJsonString() ?? "null").RootElement;
}
