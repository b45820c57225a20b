namespace KubeLint.Manifests.Rbac;

/// <summary>A dangerous permission a subject holds, and the grant that gives it.</summary>
internal sealed record DangerousGrant(DangerousPermission Permission, Grant Grant);
