namespace KubeLint.Linting.Rendering.Templates;

/// <summary>
/// A piece of a Go template: literal text, or an action between <c>{{</c> and <c>}}</c>, with the
/// offsets (in the template text) of what it spans.
/// </summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset after the last character.</param>
/// <param name="IsAction">An action rather than text.</param>
/// <param name="Body">The action's pipeline, without delimiters and trim markers; empty for text.</param>
/// <param name="TrimLeft">The action starts with <c>{{- </c>: the whitespace before it is removed.</param>
/// <param name="TrimRight">The action ends with <c> -}}</c>: the whitespace after it is removed.</param>
internal sealed record TemplateToken(int Start, int End, bool IsAction, string Body, bool TrimLeft, bool TrimRight);
