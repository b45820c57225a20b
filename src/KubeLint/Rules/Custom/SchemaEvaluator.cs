using System.Globalization;
using KubeLint.Manifests;
using KubeLint.Manifests.Workloads;
using KubeLint.Yaml;

namespace KubeLint.Rules.Custom;

/// <summary>
/// Applies a <see cref="CheckSchema"/> to a manifest node and lists every place it fails. Time is
/// bounded: each schema applied to a node is one step, and an evaluation stops after its budget of
/// steps (the instance is already bounded by the YAML limits, and patterns match in linear time).
/// </summary>
internal sealed class SchemaEvaluator
{
    /// <summary>At most this many violations are kept from one evaluation.</summary>
    public const int MaxViolations = 100;

    private readonly ContainerView? _container;
    private readonly long _budget;
    private long _steps;

    private SchemaEvaluator(ContainerView? container, long budget)
    {
        _container = container;
        _budget = budget;
    }

    /// <summary>The places the instance fails, in document order of discovery.</summary>
    public List<SchemaViolation> Violations { get; } = [];

    /// <summary>Whether the evaluation stopped because it ran out of steps (its result is then incomplete).</summary>
    public bool Exhausted { get; private set; }

    /// <summary>Evaluates <paramref name="schema"/> on <paramref name="root"/>; with a container, its <c>securityContext</c> is the effective one.</summary>
    public static SchemaEvaluator Run(CheckSchema schema, YamlNode root, ContainerView? container, long budget)
    {
        var evaluator = new SchemaEvaluator(container, budget);
        evaluator.Validate(schema, SchemaInstance.Of(root), collect: true);
        return evaluator;
    }

    private bool Validate(CheckSchema schema, SchemaInstance instance, bool collect)
    {
        if (++_steps > _budget)
        {
            Exhausted = true;
            return true;
        }

        if (schema.RejectsEverything)
        {
            return collect && Fail(instance.Node, instance.Node.Key is YamlScalar key ? $"'{InputValue.Quoted(key.Value)}' is not allowed" : "is not allowed here");
        }

        var valid = ValidateValue(schema, instance, collect);
        if (!valid && !collect)
        {
            return false;
        }

        if (instance.Node is YamlMapping || instance.Inherited is not null)
        {
            valid &= ValidateObject(schema, instance, collect);
        }
        else if (instance.Node is YamlSequence sequence)
        {
            valid &= ValidateArray(schema, sequence, collect);
        }

        if (!valid && !collect)
        {
            return false;
        }

        return ValidateCombinators(schema, instance, collect) && valid;
    }

    private bool ValidateValue(CheckSchema schema, SchemaInstance instance, bool collect)
    {
        var node = instance.Node;
        var type = instance.Inherited is not null ? JsonTypes.Object : JsonValues.TypeOf(node);
        var valid = true;
        if (schema.Types is { } types && (types & type) == 0 && !(type == JsonTypes.Integer && (types & JsonTypes.Number) != 0))
        {
            valid = collect && Fail(node, schema.Description ?? $"is {JsonValues.Article(type)}, not {JsonValues.Names(types)}");
        }

        if (schema.AllowedValues is { } allowed && !allowed.Any(value => JsonValues.JsonEquals(node, value)))
        {
            valid &= collect && Fail(node, schema.Description ?? (schema.IsConst
                ? $"is {JsonValues.Describe(node)}, not {JsonValues.Describe(allowed[0])}"
                : $"is {JsonValues.Describe(node)}, not one of {string.Join(", ", allowed.Select(JsonValues.Describe))}"));
        }

        if (node is not YamlScalar scalar)
        {
            return valid;
        }

        if (type == JsonTypes.String)
        {
            var length = schema.MinLength is null && schema.MaxLength is null ? 0 : scalar.Value.EnumerateRunes().Count();
            if (schema.Pattern is { } pattern && !pattern.IsMatch(scalar.Value))
            {
                valid &= collect && Fail(node, schema.Description ?? $"{JsonValues.Describe(node)} does not match {pattern}");
            }

            if (schema.MinLength is { } min && length < min)
            {
                valid &= collect && Fail(node, schema.Description ?? $"{JsonValues.Describe(node)} is shorter than {min} characters");
            }

            if (schema.MaxLength is { } max && length > max)
            {
                valid &= collect && Fail(node, schema.Description ?? $"{JsonValues.Describe(node)} is longer than {max} characters");
            }
        }
        else if (type is JsonTypes.Integer or JsonTypes.Number && JsonValues.NumberOf(scalar) is { } number)
        {
            valid &= Bound(collect, node, schema.Description, number, schema.Minimum, (n, b) => n >= b, "less than");
            valid &= Bound(collect, node, schema.Description, number, schema.Maximum, (n, b) => n <= b, "greater than");
            valid &= Bound(collect, node, schema.Description, number, schema.ExclusiveMinimum, (n, b) => n > b, "at most");
            valid &= Bound(collect, node, schema.Description, number, schema.ExclusiveMaximum, (n, b) => n < b, "at least");
        }

        return valid;
    }

    private bool Bound(bool collect, YamlNode node, string? description, double number, double? bound, Func<double, double, bool> holds, string failing) =>
        bound is not { } b || holds(number, b) || (collect && Fail(node, description ?? $"{JsonValues.Describe(node)} is {failing} {b.ToString(CultureInfo.InvariantCulture)}"));

    private bool ValidateObject(CheckSchema schema, SchemaInstance instance, bool collect)
    {
        var valid = true;
        if (schema.Required is { } required)
        {
            foreach (var key in required)
            {
                if (instance.Get(key) is null && !(key == "securityContext" && InheritedSecurityContext(instance) is not null))
                {
                    valid &= collect && Fail(instance.Anchor, $"has no '{key}'", value: null, missing: true);
                    if (!collect)
                    {
                        return false;
                    }
                }
            }
        }

        if (schema.Properties is null && schema.PatternProperties is null && schema.AdditionalProperties is null
            && schema.PropertyNames is null && schema.MinProperties is null && schema.MaxProperties is null)
        {
            return valid;
        }

        var count = 0;
        IEnumerable<YamlMappingEntry> entries = instance.Inherited is null && instance.Node is YamlMapping plain && InheritedSecurityContext(instance) is null
            ? plain.Entries
            : InheritedSecurityContext(instance) is { } inherited ? instance.Entries().Append(new YamlMappingEntry(inherited.Key!, inherited)) : instance.Entries();
        foreach (var entry in entries)
        {
            count++;
            var key = entry.KeyText ?? string.Empty;
            var known = false;
            if (schema.Properties is { } properties)
            {
                foreach (var (name, propertySchema) in properties)
                {
                    if (name == key)
                    {
                        known = true;
                        valid &= Validate(propertySchema, ChildOf(instance, key, entry.Value), collect);
                    }
                }
            }

            if (schema.PatternProperties is { } patterns)
            {
                foreach (var (pattern, propertySchema) in patterns)
                {
                    if (pattern.IsMatch(key))
                    {
                        known = true;
                        valid &= Validate(propertySchema, ChildOf(instance, key, entry.Value), collect);
                    }
                }
            }

            if (!known && schema.AdditionalProperties is { } additional)
            {
                valid &= additional.RejectsEverything
                    ? collect && Fail(entry.Key, $"'{InputValue.Quoted(key)}' is not an allowed key")
                    : Validate(additional, ChildOf(instance, key, entry.Value), collect);
            }

            if (schema.PropertyNames is { } names)
            {
                valid &= Validate(names, SchemaInstance.Of(entry.Key), collect);
            }

            if (!valid && !collect)
            {
                return false;
            }
        }

        if (schema.MinProperties is { } min && count < min)
        {
            valid &= collect && Fail(instance.Anchor, $"has {count} keys, fewer than {min}");
        }

        if (schema.MaxProperties is { } max && count > max)
        {
            valid &= collect && Fail(instance.Anchor, $"has {count} keys, more than {max}");
        }

        return valid;
    }

    private SchemaInstance ChildOf(SchemaInstance parent, string key, YamlNode child)
    {
        if (_container is not null && key == "securityContext" && ReferenceEquals(parent.Node, _container.Node))
        {
            var pod = _container.Pod.SecurityContext;
            return new SchemaInstance(child, ReferenceEquals(child, pod) ? _container.Anchor : child, pod);
        }

        return SchemaInstance.Of(child);
    }

    /// <summary>
    /// For a container that writes no <c>securityContext</c> of its own, the pod's, when it sets
    /// fields the container inherits: the container's effective security context is then that one.
    /// </summary>
    private YamlMapping? InheritedSecurityContext(SchemaInstance instance) =>
        _container is not null && ReferenceEquals(instance.Node, _container.Node) && _container.Node["securityContext"] is null
        && _container.Pod.SecurityContext is { Key: not null } pod
        && pod.Entries.Any(e => e.KeyText is { } k && SchemaInstance.InheritableFields.Contains(k) && e.Value is not YamlScalar { IsNull: true })
            ? pod
            : null;

    private bool ValidateArray(CheckSchema schema, YamlSequence sequence, bool collect)
    {
        var valid = true;
        if (schema.Items is { } items)
        {
            foreach (var item in sequence.Items)
            {
                valid &= Validate(items, SchemaInstance.Of(item), collect);
                if (!valid && !collect)
                {
                    return false;
                }
            }
        }

        if (schema.Contains is { } contains && !sequence.Items.Any(item => Validate(contains, SchemaInstance.Of(item), collect: false)))
        {
            valid &= collect && Fail(sequence, contains.Description ?? "has no item of the kind required");
        }

        if (schema.MinItems is { } min && sequence.Count < min)
        {
            valid &= collect && Fail(sequence, $"has {sequence.Count} items, fewer than {min}");
        }

        if (schema.MaxItems is { } max && sequence.Count > max)
        {
            valid &= collect && Fail(sequence, $"has {sequence.Count} items, more than {max}");
        }

        return valid;
    }

    private bool ValidateCombinators(CheckSchema schema, SchemaInstance instance, bool collect)
    {
        var valid = true;
        foreach (var part in schema.AllOf ?? [])
        {
            valid &= Validate(part, instance, collect);
            if (!valid && !collect)
            {
                return false;
            }
        }

        if (schema.AnyOf is { } anyOf && !anyOf.Any(part => Validate(part, instance, collect: false)))
        {
            valid &= collect && Fail(instance.Anchor, schema.Description ?? $"{JsonValues.Describe(instance.Node)} matches none of {Alternatives(anyOf)}");
        }

        if (schema.OneOf is { } oneOf && oneOf.Count(part => Validate(part, instance, collect: false)) is var matches && matches != 1)
        {
            valid &= collect && Fail(instance.Anchor, schema.Description ?? $"{JsonValues.Describe(instance.Node)} matches {matches} of {Alternatives(oneOf)}, not exactly one");
        }

        if (schema.Not is { } not && Validate(not, instance, collect: false))
        {
            valid &= collect && Fail(instance.Anchor, not.Description ?? schema.Description ?? $"{JsonValues.Describe(instance.Node)} is not allowed");
        }

        if (schema.If is { } condition)
        {
            var branch = Validate(condition, instance, collect: false) ? schema.Then : schema.Else;
            if (branch is not null)
            {
                valid &= Validate(branch, instance, collect);
            }
        }

        return valid;
    }

    /// <summary>Records a violation; call it as <c>collect &amp;&amp; Fail(...)</c>, so that a trial (an <c>anyOf</c> branch) formats no reason. Always false.</summary>
    private bool Fail(YamlNode at, string reason, string? value = null, bool missing = false)
    {
        if (Violations.Count < MaxViolations)
        {
            Violations.Add(new SchemaViolation(at, reason, missing ? value : value ?? (at as YamlScalar)?.Value));
        }

        return false;
    }

    private static string Alternatives(IReadOnlyList<CheckSchema> parts) =>
        parts.All(p => p.Description is not null)
            ? string.Join(" / ", parts.Select(p => p.Description))
            : $"the {parts.Count} alternatives";
}
