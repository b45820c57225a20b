using KubeLint.Rules.ApiServer;
using KubeLint.Rules.Dashboard;
using KubeLint.Rules.Ingress;
using KubeLint.Rules.Input;
using KubeLint.Rules.PodSecurity;
using KubeLint.Rules.Rbac;
using KubeLint.Rules.ServiceAccountToken;

namespace KubeLint.Rules;

/// <summary>Every built-in rule, as a plain list in id order.</summary>
public static class BuiltInRules
{
    /// <summary>All built-in rules.</summary>
    public static IReadOnlyList<Rule> All { get; } =
    [
        new MisspelledSecurityFieldRule(),
        new InvalidFieldTypeRule(),
        new SuppressionWithoutReasonRule(),
        new ClusterAdminBindingRule(),
        new WildcardRuleRule(),
        new SecretsAccessRule(),
        new PrivilegeEscalationVerbsRule(),
        new WorkloadCreationRule(),
        new ExecAttachPortforwardRule(),
        new NodesProxyRule(),
        new AnonymousSubjectRule(),
        new BroadServiceAccountGroupRule(),
        new DefaultServiceAccountBindingRule(),
        new SystemMastersSubjectRule(),
        new SensitiveClusterPowersRule(),
        new TokenAutomountedRule(),
        new PrivilegedTokenMountedRule(),
        new DefaultServiceAccountUsedRule(),
        new LegacyTokenSecretRule(),
        new DeprecatedServiceAccountFieldRule(),
        new PrivilegedContainerRule(),
        new HostNetworkRule(),
        new HostPidRule(),
        new HostIpcRule(),
        new HostPathVolumeRule(),
        new HostPortRule(),
        new AddedCapabilitiesRule(),
        new WindowsHostProcessRule(),
        new UnsafeProcMountRule(),
        new SeccompUnconfinedRule(),
        new AppArmorUnconfinedRule(),
        new SelinuxOptionsRule(),
        new UnsafeSysctlsRule(),
        new HostProbeRule(),
        new RestrictedHardeningRule(),
        new RunAsRootRule(),
        new RunAsNonRootNotEnforcedRule(),
        new PrivilegeEscalationAllowedRule(),
        new CapabilitiesNotDroppedRule(),
        new SeccompNotSetRule(),
        new RestrictedVolumeTypeRule(),
        new RootGroupRule(),
        new WritableRootFilesystemRule(),
        new SecretInEnvironmentRule(),
        new GitSyncHostKeyUnverifiedRule(),
        new SharedProcessNamespaceRule(),
        new PodSecurityPolicyRemovedRule(),
        new DashboardSkipLoginRule(),
        new DashboardInsecureSettingsRule(),
        new DashboardAdminServiceAccountRule(),
        new DashboardExposedRule(),
        new AdminUiWithoutAuthRule(),
        new AdminUiExposedRule(),
        new ApiServerAnonymousAuthRule(),
        new ApiServerAlwaysAllowRule(),
        new ApiServerInsecureServingRule(),
        new ApiServerStaticCredentialsRule(),
        new ApiServerAdmissionRule(),
        new ApiServerMissingTlsRule(),
        new ApiServerProfilingAuditRule(),
        new ApiServerEncryptionAtRestRule(),
        new ApiServerServiceAccountTokensRule(),
        new WeakTlsCiphersRule(),
        new ApiServerAdmissionHardeningRule(),
        new KubeletAnonymousAuthRule(),
        new KubeletAlwaysAllowRule(),
        new KubeletReadOnlyPortRule(),
        new KubeletCertificateRotationRule(),
        new KubeletNodeSettingsRule(),
        new KubeletTlsRule(),
        new ControllerManagerCredentialsRule(),
        new ControllerManagerPodGcRule(),
        new ControlPlaneProfilingRule(),
        new ControlPlaneBindAddressRule(),
        new KubeProxyMetricsExposedRule(),
        new EtcdClientAuthRule(),
        new EtcdPeerAuthRule(),
        new EtcdSharedCaRule(),
        new IngressSnippetAnnotationRule(),
        new IngressNginxSnippetsAllowedRule(),
        new IngressNginxVulnerableVersionRule(),
    ];

    /// <summary>Finds a rule by id (<c>KL3001</c>) or name (<c>privileged-container</c>), ignoring case.</summary>
    public static Rule? Find(string idOrName) =>
        All.FirstOrDefault(r => string.Equals(r.Descriptor.Id, idOrName, StringComparison.OrdinalIgnoreCase)
            || string.Equals(r.Descriptor.Name, idOrName, StringComparison.OrdinalIgnoreCase));
}
