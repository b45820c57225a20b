using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace KubeLint.Manifests.AdminUis;

/// <summary>
/// The compiled form of admin-UI image patterns, built once per pattern. (The static
/// <see cref="Regex.IsMatch(string, string)"/> cache holds only 15 patterns, fewer than the
/// catalogue has, so it would rebuild them for every container.)
/// </summary>
internal static class ImagePatterns
{
    private static readonly ConcurrentDictionary<string, Regex> Compiled = new(StringComparer.Ordinal);

    public static bool IsMatch(string repository, string pattern) =>
        Compiled.GetOrAdd(pattern, static p => LinearRegex.Create(p, RegexOptions.IgnoreCase)).IsMatch(repository);
}
