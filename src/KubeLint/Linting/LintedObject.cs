using KubeLint.Manifests;

namespace KubeLint.Linting;

/// <summary>An object that was linted, for reports that list every object (JUnit).</summary>
/// <param name="Ref">The object.</param>
/// <param name="File">The file it was read from.</param>
/// <param name="Line">The line of its name (or kind).</param>
public sealed record LintedObject(ObjectRef Ref, string File, int Line);
