namespace KubeLint.Manifests.AdminUis;

/// <summary>A setting that turns an admin UI's authentication off (or opens a dangerous API).</summary>
/// <param name="Source">Where the setting is read.</param>
/// <param name="Name">The flag (without dashes), environment variable or ConfigMap key.</param>
/// <param name="Condition">When the setting counts as off.</param>
/// <param name="Text">The text for <see cref="ValueCondition.Contains"/> and <see cref="ValueCondition.IniKeyIsTrue"/>.</param>
/// <param name="Reason">What it does, for the message (e.g. "anonymous access is on").</param>
public sealed record AuthOffCheck(SettingSource Source, string Name, ValueCondition Condition, string? Text, string Reason)
{
    /// <summary>Whether <paramref name="value"/> (null for a bare flag) meets the condition.</summary>
    public bool Matches(string? value) => Condition switch
    {
        ValueCondition.IsTrue => value is null || value.Trim('"', '\'').ToLowerInvariant() is "true" or "1" or "yes" or "on",
        ValueCondition.IsEmpty => value is not null && value.Trim().Trim('"', '\'').Length == 0,
        ValueCondition.Contains => value is not null && Text is not null && value.Contains(Text, StringComparison.OrdinalIgnoreCase),
        ValueCondition.IniKeyIsTrue => value is not null && Text is not null && IniFile.IsTrue(value, Text),
        _ => false,
    };
}
