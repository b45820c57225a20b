using System.Text.RegularExpressions;
using KubeLint.Rules.Custom;
using KubeLint.Yaml;

namespace KubeLint.Linting.Configuration.Checks;

/// <summary>
/// Reads a check's <c>schema</c> into a <see cref="CheckSchema"/>. Keywords KubeLint does not apply
/// (<c>$ref</c>, <c>format</c>, ...) are errors rather than silently ignored, so a check never looks
/// stricter than it is; size, depth and patterns are bounded so that no configuration can make a
/// run slow.
/// </summary>
internal sealed class SchemaReader(ConfigReader reader)
{
    public const int MaxDepth = 32;
    public const int MaxSchemas = 2000;
    public const int MaxPatternLength = 1000;

    public static IReadOnlyList<string> Keywords { get; } =
    [
        "type", "enum", "const", "pattern", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
        "required", "properties", "patternProperties", "additionalProperties", "propertyNames", "minProperties", "maxProperties",
        "items", "contains", "minItems", "maxItems", "allOf", "anyOf", "oneOf", "not", "if", "then", "else",
        "description", "title", "$comment",
    ];

    private static readonly Dictionary<string, JsonTypes> TypeNames = new(StringComparer.Ordinal)
    {
        ["null"] = JsonTypes.Null, ["boolean"] = JsonTypes.Boolean, ["integer"] = JsonTypes.Integer, ["number"] = JsonTypes.Number,
        ["string"] = JsonTypes.String, ["array"] = JsonTypes.Array, ["object"] = JsonTypes.Object,
    };

    private int _count;
    private bool _tooLarge;

    public CheckSchema? Read(YamlNode node) => Read(node, 0);

    private CheckSchema? Read(YamlNode node, int depth)
    {
        if (++_count > MaxSchemas)
        {
            if (!_tooLarge)
            {
                reader.Error(node, $"the schema holds more than {MaxSchemas} schemas: split the check");
                _tooLarge = true;
            }

            return null;
        }

        if (depth > MaxDepth)
        {
            reader.Error(node, $"the schema nests deeper than {MaxDepth} levels");
            return null;
        }

        if (node is YamlScalar scalar && scalar.TryGetBoolean(out var boolean))
        {
            return boolean ? CheckSchema.Always : CheckSchema.Never;
        }

        if (reader.Mapping(node, "a schema (or true/false)") is not { } mapping)
        {
            return null;
        }

        var schema = new CheckSchema();
        foreach (var entry in mapping.Entries)
        {
            var key = entry.KeyText ?? string.Empty;
            var value = entry.Value;
            schema = key switch
            {
                "type" => schema with { Types = ReadTypes(value) },
                "enum" => schema with { AllowedValues = ReadValues(value, "enum") },
                "const" => schema with { AllowedValues = ReadValues(value, "const") is [_] one ? one : null, IsConst = true },
                "pattern" => schema with { Pattern = ReadPattern(value) },
                "minLength" => schema with { MinLength = ReadCount(value, key) },
                "maxLength" => schema with { MaxLength = ReadCount(value, key) },
                "minimum" => schema with { Minimum = ReadNumber(value, key) },
                "maximum" => schema with { Maximum = ReadNumber(value, key) },
                "exclusiveMinimum" => schema with { ExclusiveMinimum = ReadNumber(value, key) },
                "exclusiveMaximum" => schema with { ExclusiveMaximum = ReadNumber(value, key) },
                "required" => schema with { Required = [.. reader.Strings(value, "required").Select(s => s.Value)] },
                "properties" => schema with { Properties = ReadProperties(value, depth) },
                "patternProperties" => schema with { PatternProperties = ReadPatternProperties(value, depth) },
                "additionalProperties" => schema with { AdditionalProperties = Read(value, depth + 1) },
                "propertyNames" => schema with { PropertyNames = Read(value, depth + 1) },
                "minProperties" => schema with { MinProperties = ReadCount(value, key) },
                "maxProperties" => schema with { MaxProperties = ReadCount(value, key) },
                "items" => schema with { Items = Read(value, depth + 1) },
                "contains" => schema with { Contains = Read(value, depth + 1) },
                "minItems" => schema with { MinItems = ReadCount(value, key) },
                "maxItems" => schema with { MaxItems = ReadCount(value, key) },
                "allOf" => schema with { AllOf = ReadList(value, depth, key) },
                "anyOf" => schema with { AnyOf = ReadList(value, depth, key) },
                "oneOf" => schema with { OneOf = ReadList(value, depth, key) },
                "not" => schema with { Not = Read(value, depth + 1) },
                "if" => schema with { If = Read(value, depth + 1) },
                "then" => schema with { Then = Read(value, depth + 1) },
                "else" => schema with { Else = Read(value, depth + 1) },
                "description" => schema with { Description = reader.String(value, "description") },
                "title" or "$comment" => schema,
                _ => Unknown(entry.Key, key, schema),
            };
        }

        return schema;
    }

    private CheckSchema Unknown(YamlNode at, string key, CheckSchema schema)
    {
        reader.Error(at, $"schema keyword '{key}' is not supported{EditDistance.DidYouMean(key, Keywords, most: 2)}; KubeLint applies: {string.Join(", ", Keywords)} (see docs/custom-checks.md)");
        return schema;
    }

    private JsonTypes? ReadTypes(YamlNode node)
    {
        var types = JsonTypes.None;
        foreach (var item in node is YamlSequence sequence ? sequence.Items : [node])
        {
            if (item is not YamlScalar { Value: var name })
            {
                reader.Error(item, "type must be a type name or a list of them");
                continue;
            }

            if (TypeNames.TryGetValue(name, out var type))
            {
                types |= type;
            }
            else
            {
                reader.Error(item, $"type must be one of {string.Join(", ", TypeNames.Keys)}, not '{name}'");
            }
        }

        return types == JsonTypes.None ? null : types;
    }

    private List<YamlScalar>? ReadValues(YamlNode node, string what)
    {
        var items = what == "const" ? [node] : node is YamlSequence sequence ? sequence.Items : null;
        if (items is null)
        {
            reader.Error(node, "enum must be a list of values");
            return null;
        }

        var values = new List<YamlScalar>();
        foreach (var item in items)
        {
            if (item is YamlScalar scalar)
            {
                values.Add(scalar);
            }
            else
            {
                reader.Error(item, $"{what} compares scalar values (strings, numbers, booleans, null), not a {(item is YamlMapping ? "mapping" : "list")}");
            }
        }

        return values;
    }

    private Regex? ReadPattern(YamlNode node)
    {
        if (reader.String(node, "pattern") is not { } pattern)
        {
            return null;
        }

        if (pattern.Length > MaxPatternLength)
        {
            reader.Error(node, $"the pattern is longer than {MaxPatternLength} characters");
            return null;
        }

        try
        {
            return LinearRegex.Create(pattern);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            reader.Error(node, $"pattern '{pattern}' is not a regular expression KubeLint can match in linear time (no back-references or lookarounds): {e.Message}");
            return null;
        }
    }

    private int? ReadCount(YamlNode node, string what)
    {
        if (node.AsInt64() is { } value and >= 0 and <= int.MaxValue)
        {
            return (int)value;
        }

        reader.Error(node, $"{what} must be a whole number, 0 or more");
        return null;
    }

    private double? ReadNumber(YamlNode node, string what)
    {
        if (node is YamlScalar scalar && JsonValues.TypeOf(scalar) is JsonTypes.Integer or JsonTypes.Number && JsonValues.NumberOf(scalar) is { } value)
        {
            return value;
        }

        reader.Error(node, $"{what} must be a number");
        return null;
    }

    private List<(string, CheckSchema)>? ReadProperties(YamlNode node, int depth)
    {
        if (reader.Mapping(node, "properties") is not { } mapping)
        {
            return null;
        }

        var properties = new List<(string, CheckSchema)>();
        foreach (var entry in mapping.Entries)
        {
            if (Read(entry.Value, depth + 1) is { } schema)
            {
                properties.Add((entry.KeyText ?? string.Empty, schema));
            }
        }

        return properties;
    }

    private List<(Regex, CheckSchema)>? ReadPatternProperties(YamlNode node, int depth)
    {
        if (reader.Mapping(node, "patternProperties") is not { } mapping)
        {
            return null;
        }

        var properties = new List<(Regex, CheckSchema)>();
        foreach (var entry in mapping.Entries)
        {
            if (ReadPattern(entry.Key) is { } pattern && Read(entry.Value, depth + 1) is { } schema)
            {
                properties.Add((pattern, schema));
            }
        }

        return properties;
    }

    private List<CheckSchema>? ReadList(YamlNode node, int depth, string what)
    {
        if (node is not YamlSequence { Count: > 0 } sequence)
        {
            reader.Error(node, $"{what} must be a non-empty list of schemas");
            return null;
        }

        var schemas = new List<CheckSchema>();
        foreach (var item in sequence.Items)
        {
            if (Read(item, depth + 1) is { } schema)
            {
                schemas.Add(schema);
            }
        }

        return schemas;
    }
}
