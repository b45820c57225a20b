using System.Text.RegularExpressions;

namespace KubeLint;

/// <summary>
/// Regular expressions that match in time linear in the input (<see cref="RegexOptions.NonBacktracking"/>),
/// for every pattern KubeLint runs on untrusted text or takes from untrusted configuration
/// (.gitignore lines, globs, admin-UI image patterns). No match can run away, so none needs a
/// timeout: a wall-clock timeout would make results depend on how busy the machine is.
/// </summary>
internal static class LinearRegex
{
    /// <summary>Builds the pattern; throws <see cref="ArgumentException"/> when it is invalid and
    /// <see cref="NotSupportedException"/> when it needs backtracking (back-references, lookarounds).</summary>
    public static Regex Create(string pattern, RegexOptions options = RegexOptions.None) =>
        new(pattern, options | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
}
