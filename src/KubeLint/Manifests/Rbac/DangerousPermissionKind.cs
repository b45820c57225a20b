namespace KubeLint.Manifests.Rbac;

/// <summary>The dangerous powers of RULES.md, most severe first.</summary>
internal enum DangerousPermissionKind
{
    ClusterAdmin,
    EscalateOrBind,
    Impersonate,
    NodesProxy,
    ReadSecrets,
    CreateWorkloads,
    ExecIntoPods,
    CreateServiceAccountTokens,
    ApproveCertificates,
    WriteAdmissionWebhooks,
    CreatePersistentVolumes,
}
