using KubeLint.Manifests;
using KubeLint.Yaml;

namespace KubeLint.Rules;

/// <summary>
/// One problem a rule found, with the object and the exact place it is about. Its members are
/// properties (not constructor parameters), so that new ones can be added without breaking callers.
/// </summary>
public sealed record Finding
{
    /// <summary>The rule's id, <c>KLnnnn</c>.</summary>
    public required string RuleId { get; init; }

    /// <summary>The rule's kebab-case name.</summary>
    public required string RuleName { get; init; }

    /// <summary>The rule's category.</summary>
    public required string Category { get; init; }

    /// <summary>The severity after configuration.</summary>
    public required Severity Severity { get; init; }

    /// <summary>What is wrong, naming the object part and field.</summary>
    public required string Message { get; init; }

    /// <summary>The object the finding is about.</summary>
    public required ObjectRef Object { get; init; }

    /// <summary>Where in the file the finding points.</summary>
    public required SourceSpan Location { get; init; }

    /// <summary>The chart template from the document's <c># Source:</c> comment, or null.</summary>
    public string? HelmSource { get; init; }

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

    /// <summary>What would fix it (<c>kubelint fix</c>), empty when no fix is known.</summary>
    public IReadOnlyList<Fixes.FixIntent> Fixes { get; init; } = [];
}
