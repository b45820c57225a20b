namespace KubeLint.Manifests.Rbac;

/// <summary>A power that lets whoever holds it take over workloads, nodes or the cluster.</summary>
/// <param name="Kind">Which power.</param>
/// <param name="Description">For messages: "read secrets", "exec into pods".</param>
/// <param name="AnyOf">The requests, any one of which grants the power.</param>
/// <param name="AllOf">Requests that must all be allowed as well (CSR approval needs both of its halves).</param>
internal sealed record DangerousPermission(DangerousPermissionKind Kind, string Description, IReadOnlyList<Permission> AnyOf, IReadOnlyList<Permission> AllOf);
