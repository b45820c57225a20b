namespace KubeLint.Rules.Fixes;

/// <summary>
/// What a finding's fix changes, as a setting rather than as text: the value at <see cref="Keys"/>
/// below the mapping at <see cref="Target"/> (the pod spec or a container), created where missing.
/// <c>kubelint fix</c> turns intents into minimal text edits in the file's own style.
/// </summary>
public sealed record FixIntent
{
    /// <summary>Whether the fix is safe to apply without review of the workload.</summary>
    public required FixSafety Safety { get; init; }

    /// <summary>The path of the mapping edited, as in <see cref="Finding.Path"/> (<c>spec.template.spec.containers[1]</c>).</summary>
    public required string Target { get; init; }

    /// <summary>The keys from the target down to the field (<c>securityContext</c>, <c>allowPrivilegeEscalation</c>).</summary>
    public required IReadOnlyList<string> Keys { get; init; }

    /// <summary>The value as plain YAML (<c>false</c>, <c>RuntimeDefault</c>).</summary>
    public required string Value { get; init; }

    /// <summary>Whether <see cref="Value"/> is an item added to the list at <see cref="Keys"/> (<c>capabilities.drop</c>) rather than the field's value.</summary>
    public bool AddsToList { get; init; }

    /// <summary>The id of the rule that proposed it (a rule that reports others together passes their fixes on).</summary>
    public string RuleId { get; init; } = string.Empty;

    /// <summary>Why it is safe or not, for the docs and the diff's summary.</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary><c>securityContext.allowPrivilegeEscalation: false</c>, or <c>securityContext.capabilities.drop: + ALL</c>.</summary>
    public string Setting => AddsToList ? $"{string.Join('.', Keys)}: add {Value}" : $"{string.Join('.', Keys)}: {Value}";

    internal static FixIntent Set(FixSafety safety, Yaml.YamlNode target, string value, string reason, params string[] keys) =>
        new() { Safety = safety, Target = target.Path, Keys = keys, Value = value, Reason = reason };
}
