using System.Text.RegularExpressions;
using KubeLint.Manifests.AdminUis;
using KubeLint.Yaml;

namespace KubeLint.Linting.Configuration;

/// <summary>Reads an admin-UI entry of the configuration into the same shape as the built-in catalogue.</summary>
internal static class AdminUiReader
{
    public static AdminUiEntry? Read(YamlMapping mapping, ConfigReader reader, IReadOnlyCollection<string> keys, IReadOnlyCollection<string> authOffKeys)
    {
        string? id = null, name = null, requiredArgument = null;
        List<string> images = [], uiPorts = [];
        var authentication = UiAuthentication.OnByDefault;
        var alwaysUnauthenticated = false;
        List<AuthOffCheck> authOff = [];
        foreach (var (key, value) in reader.Entries(mapping, keys, "an adminUis entry"))
        {
            switch (key)
            {
                case "id": id = reader.String(value, "adminUis.id"); break;
                case "name": name = reader.String(value, "adminUis.name"); break;
                case "requiredArgument": requiredArgument = reader.String(value, "adminUis.requiredArgument"); break;
                case "images": images = [.. ReadPatterns(value, reader)]; break;
                case "uiPorts": uiPorts = [.. reader.Strings(value, "adminUis.uiPorts").Select(p => p.Value)]; break;
                case "alwaysUnauthenticated": alwaysUnauthenticated = reader.Boolean(value, "adminUis.alwaysUnauthenticated") ?? false; break;
                case "authentication": authentication = ReadAuthentication(value, reader); break;
                default: authOff = [.. value.AsItems().Select(c => ReadCheck(c, reader, authOffKeys)).OfType<AuthOffCheck>()]; break;
            }
        }

        if (id is null || name is null || images.Count == 0)
        {
            reader.Error(mapping, "an adminUis entry needs an id, a name and at least one image pattern");
            return null;
        }

        return new AdminUiEntry
        {
            Id = id,
            Name = name,
            Images = images,
            RequiredArgument = requiredArgument,
            Authentication = authentication,
            AlwaysUnauthenticated = alwaysUnauthenticated,
            UiPorts = uiPorts,
            AuthOff = authOff,
        };
    }

    private static IEnumerable<string> ReadPatterns(YamlNode node, ConfigReader reader)
    {
        foreach (var (pattern, item) in reader.Strings(node, "adminUis.images"))
        {
            try
            {
                _ = LinearRegex.Create(pattern, RegexOptions.IgnoreCase);
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException)
            {
                reader.Error(item, $"adminUis.images has an invalid regular expression: {e.Message}");
                continue;
            }

            yield return pattern;
        }
    }

    private static UiAuthentication ReadAuthentication(YamlNode node, ConfigReader reader)
    {
        var text = reader.String(node, "adminUis.authentication");
        switch (text)
        {
            case "onByDefault": return UiAuthentication.OnByDefault;
            case "none": return UiAuthentication.None;
            case "external": return UiAuthentication.External;
            case null: return UiAuthentication.OnByDefault;
            default:
                reader.Error(node, $"adminUis.authentication must be onByDefault, none or external, not '{text}'");
                return UiAuthentication.OnByDefault;
        }
    }

    private static AuthOffCheck? ReadCheck(YamlNode node, ConfigReader reader, IReadOnlyCollection<string> keys)
    {
        if (reader.Mapping(node, "each authOff entry") is not { } mapping)
        {
            return null;
        }

        (SettingSource Source, string Name)? setting = null;
        var condition = ValueCondition.IsTrue;
        string? text = null, reason = null;
        foreach (var (key, value) in reader.Entries(mapping, keys, "an authOff entry"))
        {
            switch (key)
            {
                case "flag" or "env" or "configMapKey":
                    var source = key == "flag" ? SettingSource.Flag : key == "env" ? SettingSource.Env : SettingSource.ConfigMapKey;
                    setting = reader.String(value, $"authOff.{key}") is { } name ? (source, name.TrimStart('-')) : null;
                    break;
                case "condition":
                    var conditionText = reader.String(value, "authOff.condition");
                    var conditionName = Enum.GetNames<ValueCondition>().FirstOrDefault(n => string.Equals(n, conditionText, StringComparison.OrdinalIgnoreCase));
                    if (conditionName is not null)
                    {
                        condition = Enum.Parse<ValueCondition>(conditionName);
                    }
                    else if (conditionText is not null)
                    {
                        reader.Error(value, $"authOff.condition must be isTrue, isEmpty, contains or iniKeyIsTrue, not '{conditionText}'");
                    }

                    break;
                case "text": text = reader.String(value, "authOff.text"); break;
                default: reason = reader.String(value, "authOff.reason"); break;
            }
        }

        if (setting is null || reason is null)
        {
            reader.Error(mapping, "an authOff entry needs one of flag, env or configMapKey, and a reason");
            return null;
        }

        return new AuthOffCheck(setting.Value.Source, setting.Value.Name, condition, text, reason);
    }
}
