namespace KubeLint.Manifests;

/// <summary>Where an object was read from.</summary>
/// <param name="File">The file as the user named it, or <c>-</c> for standard input.</param>
/// <param name="DocumentIndex">0-based index of the YAML document in the file.</param>
/// <param name="ListItemIndex">The index in a <c>kind: List</c>'s <c>items</c>, or null.</param>
/// <param name="HelmSource">The chart template from a Helm <c># Source:</c> comment, or null.</param>
public sealed record ManifestSource(string File, int DocumentIndex, int? ListItemIndex, string? HelmSource);
