using KubeLint.Manifests.Index;

namespace KubeLint.Manifests.AdminUis;

/// <summary>Why an admin UI's authentication is off, and where that is set.</summary>
internal sealed record AuthOffReason(string Reason, ObjectFacts SetIn, Located<string> At);

/// <summary>Resolves an admin UI's authentication settings across the input (ConfigMaps included).</summary>
internal static class AdminUiAuth
{
    /// <summary>Every setting that turns the UI's authentication off (or opens a dangerous API).</summary>
    public static IReadOnlyList<AuthOffReason> OffReasons(AdminUiFacts ui, ManifestIndex index)
    {
        var reasons = ui.Settings.Select(s => new AuthOffReason(s.Check.Reason, ui.Workload.Object, s.At)).ToList();
        var ns = ui.Workload.Namespace;
        foreach (var value in ui.ConfigMapValues)
        {
            if (index.FindConfigMap(ns, value.ConfigMap, ui.Workload.Object) is { } configMap
                && configMap.Meets(value.Key, value.Check) is { } entry)
            {
                reasons.Add(new AuthOffReason($"{value.Check.Reason}, from ConfigMap {ns}/{value.ConfigMap} key {value.Key}", configMap.Object, entry.WithValue(value.Key)));
            }
        }

        foreach (var check in ui.Entry.AuthOff.Where(c => c.Source == SettingSource.ConfigMapKey))
        {
            foreach (var name in ui.MountedConfigMaps)
            {
                if (index.FindConfigMap(ns, name, ui.Workload.Object) is { } configMap
                    && configMap.Meets(check.Name, check) is { } entry)
                {
                    reasons.Add(new AuthOffReason($"{check.Reason}, in ConfigMap {ns}/{name}", configMap.Object, entry.WithValue(check.Name)));
                }
            }
        }

        return reasons;
    }

    /// <summary>Whether whoever reaches the UI gets in without credentials.</summary>
    public static bool IsOpen(AdminUiFacts ui, ManifestIndex index) =>
        ui.Entry.Authentication != UiAuthentication.OnByDefault || OffReasons(ui, index).Count > 0;
}
