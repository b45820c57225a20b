namespace KubeLint.Linting.Configuration;

/// <summary>
/// Findings on objects that match the patterns are accepted with a reason, for objects a user cannot
/// annotate (third-party charts). Patterns are globs (<c>*</c>, <c>?</c>); null matches anything.
/// </summary>
/// <param name="Kind">The kind pattern.</param>
/// <param name="Namespace">The namespace pattern.</param>
/// <param name="Name">The name pattern.</param>
/// <param name="Rules">Rule ids, names or categories; empty means every rule.</param>
/// <param name="Reason">Why the findings are accepted (required).</param>
public sealed record ObjectIgnore(string? Kind, string? Namespace, string? Name, IReadOnlyList<string> Rules, string Reason);
