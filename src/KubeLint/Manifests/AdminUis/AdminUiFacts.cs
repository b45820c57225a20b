using KubeLint.Manifests.Index;

namespace KubeLint.Manifests.AdminUis;

/// <summary>A setting of an admin UI's container that turns its authentication off, and where it is written.</summary>
internal sealed record UiSettingHit(AuthOffCheck Check, Located<string> At);

/// <summary>An environment variable of an admin UI's container whose value comes from a ConfigMap key, resolved once every file is read.</summary>
internal sealed record UiConfigMapValue(AuthOffCheck Check, string ConfigMap, string Key, Located<string> At);

/// <summary>An admin UI found in a workload, with what its container says about its authentication.</summary>
internal sealed record AdminUiFacts(
    WorkloadFacts Workload,
    AdminUiEntry Entry,
    string Container,
    Located<string> Image,
    Version? Version,
    IReadOnlyList<UiSettingHit> Settings,
    IReadOnlyList<UiConfigMapValue> ConfigMapValues,
    IReadOnlyList<string> MountedConfigMaps)
{
    /// <summary>Literal values of the entry's <see cref="AdminUiEntry.DetailEnv"/> variables.</summary>
    public IReadOnlyDictionary<string, string> Details { get; init; } = StringMap.Empty;

    /// <summary><c>Grafana (container "grafana" of Deployment monitoring/grafana)</c>.</summary>
    public string Display => $"{Entry.Name} (container \"{Container}\" of {Workload.Object.Ref.Display})";
}
