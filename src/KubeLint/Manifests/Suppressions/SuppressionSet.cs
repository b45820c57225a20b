using KubeLint.Yaml;

namespace KubeLint.Manifests.Suppressions;

/// <summary>The suppression annotations of one object (and of its pod template, for workloads).</summary>
internal sealed class SuppressionSet
{
    public const string AnnotationPrefix = "ignore.kubelint.io/";

    public static readonly SuppressionSet None = new([]);

    private SuppressionSet(IReadOnlyList<Suppression> entries) => Entries = entries;

    public IReadOnlyList<Suppression> Entries { get; }

    public static SuppressionSet From(params YamlMapping?[] annotationMaps)
    {
        List<Suppression>? entries = null;
        foreach (var annotations in annotationMaps)
        {
            if (annotations is null)
            {
                continue;
            }

            foreach (var entry in annotations.Entries)
            {
                if (entry.KeyText is { } key && key.StartsWith(AnnotationPrefix, StringComparison.Ordinal))
                {
                    entries ??= [];
                    entries.Add(Parse(key[AnnotationPrefix.Length..], entry.Value));
                }
            }
        }

        return entries is null ? None : new SuppressionSet(entries);
    }

    /// <summary>The suppression that covers a finding of the rule <paramref name="ruleId"/>, also called <paramref name="ruleName"/> (on <paramref name="container"/>), if any.</summary>
    public Suppression? Find(string ruleId, string ruleName, string? container)
    {
        foreach (var entry in Entries)
        {
            var ruleMatches = string.Equals(entry.Rule, ruleId, StringComparison.OrdinalIgnoreCase)
                || string.Equals(entry.Rule, ruleName, StringComparison.OrdinalIgnoreCase);
            if (ruleMatches && (entry.Container is null || string.Equals(entry.Container, container, StringComparison.Ordinal)))
            {
                return entry;
            }
        }

        return null;
    }

    private static Suppression Parse(string suffix, YamlNode value)
    {
        var dot = suffix.IndexOf('.', StringComparison.Ordinal);
        var rule = dot < 0 ? suffix : suffix[..dot];
        var container = dot < 0 ? null : suffix[(dot + 1)..];
        var reason = value is YamlScalar { IsNull: false } scalar ? scalar.Value.Trim() : string.Empty;
        return new Suppression(rule, container, reason, value);
    }
}
