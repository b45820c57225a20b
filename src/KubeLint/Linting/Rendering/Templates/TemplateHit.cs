namespace KubeLint.Linting.Rendering.Templates;

/// <summary>A place in a template file (1-based line, columns).</summary>
internal readonly record struct TemplatePlace(string File, int Line, int Column, int EndColumn);

/// <summary>
/// Where a rendered line was written: the line of the template Helm names in <c># Source:</c> and,
/// when that line includes a named template, the line of the named template that wrote it.
/// </summary>
internal sealed record TemplateHit(TemplatePlace At, string? NamedTemplate, TemplatePlace? InNamedTemplate);
