namespace KubeLint.Manifests.Rbac;

/// <summary>Where a referenced role's rules came from.</summary>
internal enum RoleSource
{
    /// <summary>Defined in the input.</summary>
    Input,

    /// <summary>A built-in ClusterRole known by name (cluster-admin, admin, edit, view).</summary>
    BuiltIn,

    /// <summary>Neither in the input nor built in: its rules are unknown.</summary>
    Missing,
}
