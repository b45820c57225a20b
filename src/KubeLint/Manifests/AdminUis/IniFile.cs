namespace KubeLint.Manifests.AdminUis;

/// <summary>Just enough INI reading to find <c>[section] key = true</c> in a settings file such as grafana.ini.</summary>
internal static class IniFile
{
    /// <summary>Whether <paramref name="sectionAndKey"/> (<c>auth.anonymous.enabled</c>: section then key) is true.</summary>
    public static bool IsTrue(string content, string sectionAndKey)
    {
        var dot = sectionAndKey.LastIndexOf('.');
        var section = sectionAndKey[..dot];
        var key = sectionAndKey[(dot + 1)..];
        var current = string.Empty;
        foreach (var raw in content.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                current = line[1..^1].Trim();
            }
            else if (current == section && line.Split('=', 2) is [var name, var value] && name.Trim() == key)
            {
                return value.Trim().Trim('"').ToLowerInvariant() is "true" or "1" or "yes" or "on";
            }
        }

        return false;
    }
}
