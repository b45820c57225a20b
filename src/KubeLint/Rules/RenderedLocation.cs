using KubeLint.Yaml;

namespace KubeLint.Rules;

/// <summary>Where a finding sits in the output KubeLint rendered (a Helm chart or a kustomization), beside its source location.</summary>
/// <param name="Input">The chart or kustomization folder that was rendered, as the run names it.</param>
/// <param name="RenderedBy">What produced the output, e.g. <c>helm template charts/web</c>.</param>
/// <param name="Start">The start in the rendered output.</param>
/// <param name="End">The end in the rendered output.</param>
public sealed record RenderedLocation(string Input, string RenderedBy, SourcePosition Start, SourcePosition End);
