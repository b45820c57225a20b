using KubeLint.Yaml;

namespace KubeLint.Linting.Configuration;

/// <summary>Typed reads from a configuration tree; every problem becomes an error at the node's position.</summary>
internal sealed class ConfigReader(string file)
{
    public List<InputError> Errors { get; } = [];

    public void Error(YamlNode node, string message) =>
        Errors.Add(new InputError(file, node.Start.Line, node.Start.Column, message) { Kind = ErrorKind.Configuration });

    /// <summary>The mapping's entries, reporting keys outside <paramref name="allowed"/>.</summary>
    public IEnumerable<(string Key, YamlNode Value)> Entries(YamlMapping mapping, IReadOnlyCollection<string> allowed, string where)
    {
        foreach (var entry in mapping.Entries)
        {
            var key = entry.KeyText ?? string.Empty;
            if (!allowed.Contains(key))
            {
                Error(entry.Key, $"unknown key '{key}' in {where}{EditDistance.DidYouMean(key, allowed)}; allowed: {string.Join(", ", allowed)}");
                continue;
            }

            yield return (key, entry.Value);
        }
    }

    public YamlMapping? Mapping(YamlNode node, string what)
    {
        if (node is YamlMapping mapping)
        {
            return mapping;
        }

        Error(node, $"{what} must be a mapping");
        return null;
    }

    public string? String(YamlNode node, string what)
    {
        if (node is YamlScalar { IsNull: false } scalar)
        {
            return scalar.Value;
        }

        Error(node, $"{what} must be a string");
        return null;
    }

    public bool? Boolean(YamlNode node, string what)
    {
        if (node is YamlScalar scalar && scalar.TryGetBoolean(out var value))
        {
            return value;
        }

        Error(node, $"{what} must be true or false");
        return null;
    }

    /// <summary>A list of strings (a single string is accepted as a one-item list).</summary>
    public List<(string Value, YamlNode Node)> Strings(YamlNode node, string what)
    {
        var items = node is YamlSequence sequence ? sequence.Items : [node];
        var values = new List<(string, YamlNode)>();
        foreach (var item in items)
        {
            if (String(item, $"each item of {what}") is { } value)
            {
                values.Add((value, item));
            }
        }

        return values;
    }
}
