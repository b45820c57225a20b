namespace KubeLint.Linting.Baselines;

/// <summary>One accepted finding: its fingerprint, and what it was, for people reading the file.</summary>
/// <param name="Fingerprint">The key that survives line shifts and reordering.</param>
/// <param name="RuleId">The rule.</param>
/// <param name="File">The file as it was linted.</param>
/// <param name="Object">The object, e.g. <c>Deployment shop/web</c>.</param>
/// <param name="Message">The finding's message.</param>
public sealed record BaselineEntry(string Fingerprint, string RuleId, string File, string Object, string Message);
