namespace KubeLint.Manifests.Workloads;

/// <summary>The three container lists of a pod spec; every one of them counts.</summary>
public enum ContainerList
{
    /// <summary><c>containers</c>.</summary>
    Containers,

    /// <summary><c>initContainers</c>.</summary>
    InitContainers,

    /// <summary><c>ephemeralContainers</c>.</summary>
    EphemeralContainers,
}
