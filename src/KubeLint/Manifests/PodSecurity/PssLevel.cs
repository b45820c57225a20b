namespace KubeLint.Manifests.PodSecurity;

/// <summary>The Pod Security Standards levels that restrict anything (privileged restricts nothing).</summary>
public enum PssLevel
{
    /// <summary>Prevents known privilege escalations.</summary>
    Baseline,

    /// <summary>Baseline plus current pod-hardening best practice.</summary>
    Restricted,
}
