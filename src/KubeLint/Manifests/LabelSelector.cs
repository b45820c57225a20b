using KubeLint.Yaml;

namespace KubeLint.Manifests;

/// <summary>A Kubernetes label selector: <c>matchLabels</c> and <c>matchExpressions</c> (or a Service's plain map).</summary>
internal sealed class LabelSelector
{
    private readonly IReadOnlyDictionary<string, string> _matchLabels;
    private readonly IReadOnlyList<Requirement> _expressions;

    private LabelSelector(IReadOnlyDictionary<string, string> matchLabels, IReadOnlyList<Requirement> expressions)
    {
        _matchLabels = matchLabels;
        _expressions = expressions;
    }

    /// <summary>The selector with no terms, which selects every pod (a NetworkPolicy's <c>podSelector: {}</c>).</summary>
    public static LabelSelector Everything { get; } = new(new Dictionary<string, string>(), []);

    /// <summary>A Service's plain <c>selector</c> map: every label must be present with that value.</summary>
    public static LabelSelector FromMap(IReadOnlyDictionary<string, string> labels) => new(labels, []);

    /// <summary>True for a selector with no terms (which matches everything in a role aggregation, nothing in a Service).</summary>
    public bool IsEmpty => _matchLabels.Count == 0 && _expressions.Count == 0;

    /// <summary>Reads <c>{matchLabels, matchExpressions}</c>.</summary>
    public static LabelSelector FromSelector(YamlMapping selector, StringPool? strings = null)
    {
        var expressions = new List<Requirement>();
        if (selector.GetSequence("matchExpressions") is { } items)
        {
            foreach (var item in items.Items.OfType<YamlMapping>())
            {
                var values = item.GetSequence("values")?.Items.OfType<YamlScalar>().Select(v => v.Value).ToArray() ?? [];
                expressions.Add(new Requirement(item.GetString("key") ?? string.Empty, item.GetString("operator") ?? string.Empty, values));
            }
        }

        var matchLabels = StringMap.Of(selector.GetMapping("matchLabels"));
        return new LabelSelector(strings is null ? matchLabels : StringMap.Kept(matchLabels, strings), expressions);
    }

    public bool Matches(IReadOnlyDictionary<string, string> labels)
    {
        foreach (var (key, value) in _matchLabels)
        {
            if (!labels.TryGetValue(key, out var actual) || actual != value)
            {
                return false;
            }
        }

        foreach (var requirement in _expressions)
        {
            if (!requirement.Matches(labels))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Requirement(string Key, string Operator, string[] Values)
    {
        public bool Matches(IReadOnlyDictionary<string, string> labels)
        {
            var present = labels.TryGetValue(Key, out var value);
            return Operator switch
            {
                "In" => present && Values.Contains(value),
                "NotIn" => !present || !Values.Contains(value),
                "Exists" => present,
                "DoesNotExist" => !present,
                _ => false,
            };
        }
    }
}
