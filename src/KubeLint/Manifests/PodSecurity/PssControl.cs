namespace KubeLint.Manifests.PodSecurity;

/// <summary>Where a rule sits in the Pod Security Standards: its level, the control's name, and the first policy version that has it.</summary>
/// <param name="Level">The level that requires it.</param>
/// <param name="Control">The control's name in the standard, e.g. "Privileged Containers".</param>
/// <param name="Since">The first policy version with the control.</param>
public sealed record PssControl(PssLevel Level, string Control, PssVersion Since)
{
    /// <summary>Whether this control is part of <paramref name="profile"/>.</summary>
    public bool IsIn(PssProfile profile) => Level <= profile.Level && Since <= profile.Version;
}
