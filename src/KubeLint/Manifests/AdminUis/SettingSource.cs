namespace KubeLint.Manifests.AdminUis;

/// <summary>Where an admin-UI setting is read from.</summary>
public enum SettingSource
{
    /// <summary>A command-line flag of the UI's container (<c>--disable-auth</c>).</summary>
    Flag,

    /// <summary>An environment variable of the UI's container, literal or from a ConfigMap key.</summary>
    Env,

    /// <summary>A key of a ConfigMap the UI's pod mounts or references (a settings file such as <c>grafana.ini</c>).</summary>
    ConfigMapKey,
}
