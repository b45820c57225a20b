namespace KubeLint.Manifests.AdminUis;

/// <summary>What authentication an admin UI has of its own.</summary>
public enum UiAuthentication
{
    /// <summary>It asks for credentials unless a setting turns that off.</summary>
    OnByDefault,

    /// <summary>It has none: whoever reaches it uses it.</summary>
    None,

    /// <summary>It relies on something in front of it (a mesh or an auth proxy).</summary>
    External,
}
