using KubeLint.Yaml;

namespace KubeLint.Manifests.Index;

/// <summary>A value read from a manifest together with where it was written.</summary>
internal readonly record struct Located<T>(T Value, SourceSpan Span, string Path);
