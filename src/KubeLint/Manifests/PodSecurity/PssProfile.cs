namespace KubeLint.Manifests.PodSecurity;

/// <summary>A Pod Security Standards level at a policy version, as <c>--pss restricted@v1.30</c> selects it.</summary>
/// <param name="Level">Baseline or restricted.</param>
/// <param name="Version">The policy version.</param>
public sealed record PssProfile(PssLevel Level, PssVersion Version)
{
    /// <summary>Parses <c>baseline</c>, <c>restricted</c>, optionally followed by <c>@v1.30</c> or <c>@latest</c>.</summary>
    public static bool TryParse(string? text, out PssProfile? profile)
    {
        profile = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var at = text.IndexOf('@', StringComparison.Ordinal);
        var levelText = at < 0 ? text : text[..at];
        var versionText = at < 0 ? null : text[(at + 1)..];
        PssLevel? level = levelText.ToLowerInvariant() switch
        {
            "baseline" => PssLevel.Baseline,
            "restricted" => PssLevel.Restricted,
            _ => null,
        };
        if (level is null || (versionText is not null && versionText.Length == 0) || !PssVersion.TryParse(versionText, out var version))
        {
            return false;
        }

        profile = new PssProfile(level.Value, version);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Level.ToString().ToLowerInvariant()}@{Version}";
}
