using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace KubeLint.Manifests.AdminUis;

/// <summary>
/// The compiled form of admin-UI image patterns, built once per pattern. (The static
/// <see cref="Regex.IsMatch(string, string)"/> cache holds only 15 patterns, fewer than the
/// catalogue has, so it would rebuild them for every container.) Patterns from configuration run
/// in linear time (<see cref="LinearRegex"/>); the built-in ones, written without nested or
/// overlapping quantifiers, use the faster backtracking engine, which matters with one match per
/// container and pattern.
/// </summary>
internal static class ImagePatterns
{
    private static readonly ConcurrentDictionary<string, Regex> Compiled = new(StringComparer.Ordinal);
    private static readonly HashSet<string> BuiltIn = [.. AdminUiCatalog.BuiltIn.SelectMany(e => e.Images)];

    public static bool IsMatch(string repository, string pattern) =>
        Compiled.GetOrAdd(pattern, Create).IsMatch(repository);

    private static Regex Create(string pattern) => BuiltIn.Contains(pattern)
        ? new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)
        : LinearRegex.Create(pattern, RegexOptions.IgnoreCase);
}
