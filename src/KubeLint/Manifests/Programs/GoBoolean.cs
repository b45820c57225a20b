namespace KubeLint.Manifests.Programs;

/// <summary>A boolean written for a Go program (a flag, a feature gate, an environment variable): the words of Go's <c>strconv.ParseBool</c>, in any case.</summary>
internal static class GoBoolean
{
    /// <summary>True for <c>1</c>, <c>t</c>, <c>true</c>; false for <c>0</c>, <c>f</c>, <c>false</c>; null for anything else.</summary>
    public static bool? Parse(string? text) => text?.ToLowerInvariant() switch
    {
        "1" or "t" or "true" => true,
        "0" or "f" or "false" => false,
        _ => null,
    };
}
