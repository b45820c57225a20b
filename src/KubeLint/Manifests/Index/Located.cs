using KubeLint.Yaml;

namespace KubeLint.Manifests.Index;

/// <summary>A value read from a manifest together with where it was written.</summary>
internal readonly record struct Located<T>(T Value, SourceSpan Span, string Path);

/// <summary>Moving a location to another value.</summary>
internal static class LocatedExtensions
{
    public static Located<TNew> WithValue<TOld, TNew>(this Located<TOld> located, TNew value) => new(value, located.Span, located.Path);
}
