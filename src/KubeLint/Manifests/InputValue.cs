namespace KubeLint.Manifests;

/// <summary>Values from a manifest as messages quote them.</summary>
internal static class InputValue
{
    /// <summary>The most characters of one value a message quotes: a Kubernetes name is at most 253.</summary>
    public const int MaxQuotedLength = 253;

    /// <summary>The value, cut to <see cref="MaxQuotedLength"/> characters with an ellipsis when longer.</summary>
    public static string Quoted(string? value) =>
        value is null ? string.Empty : value.Length <= MaxQuotedLength ? value : string.Concat(value.AsSpan(0, MaxQuotedLength), "…");
}
