using System.Text.RegularExpressions;
using KubeLint.Yaml;

namespace KubeLint.Rules.Custom;

/// <summary>
/// One compiled schema of a custom check: the subset of JSON Schema (draft 2020-12 keywords) that
/// <see cref="SchemaEvaluator"/> applies to a manifest's nodes. Every keyword is optional; a schema
/// with none accepts everything, and <see cref="Never"/> (the schema <c>false</c>) accepts nothing.
/// </summary>
internal sealed record CheckSchema
{
    /// <summary>The schema <c>true</c>.</summary>
    public static CheckSchema Always { get; } = new();

    /// <summary>The schema <c>false</c>.</summary>
    public static CheckSchema Never { get; } = new() { RejectsEverything = true };

    public bool RejectsEverything { get; init; }

    public JsonTypes? Types { get; init; }

    /// <summary><c>const</c> (one value) or <c>enum</c>: scalars compared as JSON compares them.</summary>
    public IReadOnlyList<YamlScalar>? AllowedValues { get; init; }

    public bool IsConst { get; init; }

    public Regex? Pattern { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    public double? Minimum { get; init; }

    public double? Maximum { get; init; }

    public double? ExclusiveMinimum { get; init; }

    public double? ExclusiveMaximum { get; init; }

    public IReadOnlyList<string>? Required { get; init; }

    public IReadOnlyList<(string Key, CheckSchema Schema)>? Properties { get; init; }

    public IReadOnlyList<(Regex Pattern, CheckSchema Schema)>? PatternProperties { get; init; }

    public CheckSchema? AdditionalProperties { get; init; }

    public CheckSchema? PropertyNames { get; init; }

    public int? MinProperties { get; init; }

    public int? MaxProperties { get; init; }

    public CheckSchema? Items { get; init; }

    public CheckSchema? Contains { get; init; }

    public int? MinItems { get; init; }

    public int? MaxItems { get; init; }

    public IReadOnlyList<CheckSchema>? AllOf { get; init; }

    public IReadOnlyList<CheckSchema>? AnyOf { get; init; }

    public IReadOnlyList<CheckSchema>? OneOf { get; init; }

    public CheckSchema? Not { get; init; }

    public CheckSchema? If { get; init; }

    public CheckSchema? Then { get; init; }

    public CheckSchema? Else { get; init; }

    /// <summary>The schema's <c>description</c>, used as the reason when this schema, as a whole, is what failed (<c>not</c>, <c>anyOf</c>).</summary>
    public string? Description { get; init; }
}

/// <summary>JSON Schema's <c>type</c> names.</summary>
[Flags]
internal enum JsonTypes
{
    None = 0,
    Null = 1,
    Boolean = 2,
    Integer = 4,
    Number = 8,
    String = 16,
    Array = 32,
    Object = 64,
}
