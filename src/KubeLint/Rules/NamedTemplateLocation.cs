using KubeLint.Yaml;

namespace KubeLint.Rules;

/// <summary>
/// For a finding on a node a Helm named template wrote (<c>include "grafana.pod"</c>): the named
/// template and the line of its definition that wrote the node. <see cref="Finding.Location"/> is then
/// the line of the chart template that includes it.
/// </summary>
/// <param name="Name">The named template, e.g. <c>grafana.pod</c>.</param>
/// <param name="At">The line of its definition that wrote the node.</param>
public sealed record NamedTemplateLocation(string Name, SourceSpan At);
