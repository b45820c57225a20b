using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace KubeLint.Manifests.AdminUis;

/// <summary>
/// The compiled form of admin-UI image patterns, built once per pattern. (The static
/// <see cref="Regex.IsMatch(string, string)"/> cache holds only 15 patterns, fewer than the
/// catalogue has, so it would rebuild them for every container.) Patterns from configuration run
/// in linear time (<see cref="LinearRegex"/>); the built-in ones are generated at build time
/// (<see cref="BuiltInImagePatterns"/>).
/// </summary>
internal static class ImagePatterns
{
    private static readonly ConcurrentDictionary<string, Regex> Compiled = new(StringComparer.Ordinal);

    public static bool IsMatch(string repository, string pattern) =>
        Compiled.GetOrAdd(pattern, Create).IsMatch(repository);

    private static Regex Create(string pattern) => BuiltInImagePatterns.All.TryGetValue(pattern, out var generated)
        ? generated()
        : LinearRegex.Create(pattern, RegexOptions.IgnoreCase);
}
