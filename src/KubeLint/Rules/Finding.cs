using KubeLint.Manifests;
using KubeLint.Yaml;

namespace KubeLint.Rules;

/// <summary>One problem a rule found, with the object and the exact place it is about.</summary>
/// <param name="RuleId">The rule's id, <c>KLnnnn</c>.</param>
/// <param name="RuleName">The rule's kebab-case name.</param>
/// <param name="Category">The rule's category.</param>
/// <param name="Severity">The severity after configuration.</param>
/// <param name="Message">What is wrong, naming the object part and field.</param>
/// <param name="Object">The object the finding is about.</param>
/// <param name="Location">Where in the file the finding points.</param>
/// <param name="HelmSource">The chart template from the document's <c># Source:</c> comment, or null.</param>
public sealed record Finding(
    string RuleId,
    string RuleName,
    string Category,
    Severity Severity,
    string Message,
    ObjectRef Object,
    SourceSpan Location,
    string? HelmSource)
{
    /// <summary>The path of the node the finding points at, e.g. <c>spec.template.spec.containers[0].securityContext.privileged</c>.</summary>
    public string Path { get; init; } = string.Empty;

    /// <summary>The container the finding is about, if any.</summary>
    public string? Container { get; init; }

    /// <summary>Why the finding is suppressed, when it is; suppressed findings are counted, not reported.</summary>
    public string? SuppressionReason { get; init; }

    /// <summary>For objects KubeLint rendered from a chart or kustomization: the position in the rendered output (<see cref="Finding.Location"/> is then the source file).</summary>
    public RenderedLocation? Rendered { get; init; }

    /// <summary>For a node written by a Helm named template: the template and the line of its definition that wrote it.</summary>
    public NamedTemplateLocation? NamedTemplate { get; init; }
}
