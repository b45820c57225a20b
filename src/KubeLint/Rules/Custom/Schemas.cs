using System.Text.RegularExpressions;

namespace KubeLint.Rules.Custom;

/// <summary>Short-hands for the schemas the ready-made checks build.</summary>
internal static class Schemas
{
    public static CheckSchema Object(IReadOnlyList<string> required, params (string Key, CheckSchema Schema)[] properties) =>
        new() { Required = required.Count > 0 ? required : null, Properties = properties.Length > 0 ? properties : null };

    public static CheckSchema Items(CheckSchema items) => new() { Items = items };

    public static CheckSchema Matching(string pattern, string? description = null) =>
        new() { Pattern = LinearRegex.Create(pattern), Description = description };

    public static CheckSchema Not(CheckSchema schema, string description) => new() { Not = schema, Description = description };

    public static CheckSchema OneOfValues(IReadOnlyList<string> values) =>
        new() { AllowedValues = [.. values.Select(v => new Yaml.YamlScalar(v, Yaml.ScalarStyle.DoubleQuoted, null, default, default))] };

    /// <summary>A regular expression alternative of literal texts: <c>(?:a|b)</c>.</summary>
    public static string AnyOf(IEnumerable<string> literals) => "(?:" + string.Join("|", literals.Select(Regex.Escape)) + ")";
}
