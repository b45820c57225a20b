namespace KubeLint.Linting.Rendering;

/// <summary>
/// References that make kustomize fetch over the network, as its own parser recognises them: a URL
/// of any scheme, <c>github.com/</c> or <c>github.com:</c> repositories, and SCP-style
/// <c>user@host:path</c> specs, with or without a <c>git::</c> prefix; <c>?ref=</c> marks a repository too.
/// </summary>
internal static class RemoteReference
{
    public static bool Looks(string reference)
    {
        var trimmed = reference.Trim();
        if (trimmed.StartsWith("git::", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var firstSlash = trimmed.IndexOf('/', StringComparison.Ordinal);
        var at = trimmed.IndexOf('@', StringComparison.Ordinal);
        return trimmed.Contains("://", StringComparison.Ordinal)
            || trimmed.Contains("?ref=", StringComparison.Ordinal)
            || trimmed.StartsWith("github.com/", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("github.com:", StringComparison.OrdinalIgnoreCase)
            || (at > 0 && (firstSlash < 0 || at < firstSlash));
    }

    /// <summary>Every remote-looking word of a text (a generator or transformer configuration).</summary>
    public static IEnumerable<string> In(string text) =>
        text.Split([' ', '\t', '\r', '\n', '"', '\'', ',', '[', ']', '{', '}'], StringSplitOptions.RemoveEmptyEntries)
            .Where(word => word.Contains("://", StringComparison.Ordinal) || word.StartsWith("git::", StringComparison.OrdinalIgnoreCase) || word.StartsWith("github.com", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal);
}
