namespace KubeLint.Rules.Custom;

/// <summary>What a custom check's schema is applied to.</summary>
internal enum CheckTarget
{
    /// <summary>The whole object, once.</summary>
    Object,

    /// <summary>Each pod spec the object runs (none for objects that run no pods).</summary>
    PodSpec,

    /// <summary>Each container of each pod spec (<c>containers</c>, <c>initContainers</c>, <c>ephemeralContainers</c>), with its effective <c>securityContext</c>.</summary>
    Container,
}
