namespace KubeLint.Rules;

/// <summary>Every built-in rule id, sorted; ids are stable once shipped.</summary>
internal static class RuleIds
{
    /// <summary>KL0001 misspelled-security-field.</summary>
    public const string MisspelledSecurityField = "KL0001";

    /// <summary>KL0002 invalid-field-type.</summary>
    public const string InvalidFieldType = "KL0002";

    /// <summary>KL0003 suppression-without-reason.</summary>
    public const string SuppressionWithoutReason = "KL0003";

    /// <summary>KL1001 cluster-admin-binding.</summary>
    public const string ClusterAdminBinding = "KL1001";

    /// <summary>KL1002 wildcard-rule.</summary>
    public const string WildcardRule = "KL1002";

    /// <summary>KL1003 secrets-access.</summary>
    public const string SecretsAccess = "KL1003";

    /// <summary>KL1004 privilege-escalation-verbs.</summary>
    public const string PrivilegeEscalationVerbs = "KL1004";

    /// <summary>KL1005 workload-creation.</summary>
    public const string WorkloadCreation = "KL1005";

    /// <summary>KL1006 exec-attach-portforward.</summary>
    public const string ExecAttachPortforward = "KL1006";

    /// <summary>KL1007 nodes-proxy.</summary>
    public const string NodesProxy = "KL1007";

    /// <summary>KL1008 anonymous-subject.</summary>
    public const string AnonymousSubject = "KL1008";

    /// <summary>KL1009 broad-serviceaccount-group.</summary>
    public const string BroadServiceAccountGroup = "KL1009";

    /// <summary>KL1010 default-serviceaccount-binding.</summary>
    public const string DefaultServiceAccountBinding = "KL1010";

    /// <summary>KL1011 system-masters-subject.</summary>
    public const string SystemMastersSubject = "KL1011";

    /// <summary>KL1012 sensitive-cluster-powers.</summary>
    public const string SensitiveClusterPowers = "KL1012";

    /// <summary>KL2001 token-automounted.</summary>
    public const string TokenAutomounted = "KL2001";

    /// <summary>KL2002 privileged-token-mounted.</summary>
    public const string PrivilegedTokenMounted = "KL2002";

    /// <summary>KL2003 default-serviceaccount-used.</summary>
    public const string DefaultServiceAccountUsed = "KL2003";

    /// <summary>KL2004 legacy-token-secret.</summary>
    public const string LegacyTokenSecret = "KL2004";

    /// <summary>KL2005 deprecated-serviceaccount-field.</summary>
    public const string DeprecatedServiceAccountField = "KL2005";

    /// <summary>KL3001 privileged-container.</summary>
    public const string PrivilegedContainer = "KL3001";

    /// <summary>KL3002 host-network.</summary>
    public const string HostNetwork = "KL3002";

    /// <summary>KL3003 host-pid.</summary>
    public const string HostPid = "KL3003";

    /// <summary>KL3004 host-ipc.</summary>
    public const string HostIpc = "KL3004";

    /// <summary>KL3005 host-path-volume.</summary>
    public const string HostPathVolume = "KL3005";

    /// <summary>KL3006 host-port.</summary>
    public const string HostPort = "KL3006";

    /// <summary>KL3007 added-capabilities.</summary>
    public const string AddedCapabilities = "KL3007";

    /// <summary>KL3008 windows-host-process.</summary>
    public const string WindowsHostProcess = "KL3008";

    /// <summary>KL3009 unsafe-proc-mount.</summary>
    public const string UnsafeProcMount = "KL3009";

    /// <summary>KL3010 seccomp-unconfined.</summary>
    public const string SeccompUnconfined = "KL3010";

    /// <summary>KL3011 apparmor-unconfined.</summary>
    public const string AppArmorUnconfined = "KL3011";

    /// <summary>KL3012 selinux-options.</summary>
    public const string SelinuxOptions = "KL3012";

    /// <summary>KL3013 unsafe-sysctls.</summary>
    public const string UnsafeSysctls = "KL3013";

    /// <summary>KL3014 host-probe.</summary>
    public const string HostProbe = "KL3014";

    /// <summary>KL3100 restricted-hardening.</summary>
    public const string RestrictedHardening = "KL3100";

    /// <summary>KL3101 run-as-root.</summary>
    public const string RunAsRoot = "KL3101";

    /// <summary>KL3102 run-as-non-root-not-enforced.</summary>
    public const string RunAsNonRootNotEnforced = "KL3102";

    /// <summary>KL3103 privilege-escalation-allowed.</summary>
    public const string PrivilegeEscalationAllowed = "KL3103";

    /// <summary>KL3104 capabilities-not-dropped.</summary>
    public const string CapabilitiesNotDropped = "KL3104";

    /// <summary>KL3105 seccomp-not-set.</summary>
    public const string SeccompNotSet = "KL3105";

    /// <summary>KL3106 restricted-volume-type.</summary>
    public const string RestrictedVolumeType = "KL3106";

    /// <summary>KL3107 root-group.</summary>
    public const string RootGroup = "KL3107";

    /// <summary>KL3201 writable-root-filesystem.</summary>
    public const string WritableRootFilesystem = "KL3201";

    /// <summary>KL3202 secret-in-environment.</summary>
    public const string SecretInEnvironment = "KL3202";

    /// <summary>KL3203 git-sync-host-key-unverified.</summary>
    public const string GitSyncHostKeyUnverified = "KL3203";

    /// <summary>KL3204 shared-process-namespace.</summary>
    public const string SharedProcessNamespace = "KL3204";

    /// <summary>KL3301 pod-security-policy-removed.</summary>
    public const string PodSecurityPolicyRemoved = "KL3301";

    /// <summary>KL4001 dashboard-skip-login.</summary>
    public const string DashboardSkipLogin = "KL4001";

    /// <summary>KL4002 dashboard-insecure-settings.</summary>
    public const string DashboardInsecureSettings = "KL4002";

    /// <summary>KL4003 dashboard-admin-serviceaccount.</summary>
    public const string DashboardAdminServiceAccount = "KL4003";

    /// <summary>KL4004 dashboard-exposed.</summary>
    public const string DashboardExposed = "KL4004";

    /// <summary>KL4005 admin-ui-without-auth.</summary>
    public const string AdminUiWithoutAuth = "KL4005";

    /// <summary>KL4006 admin-ui-exposed.</summary>
    public const string AdminUiExposed = "KL4006";

    /// <summary>KL5001 apiserver-anonymous-auth.</summary>
    public const string ApiServerAnonymousAuth = "KL5001";

    /// <summary>KL5002 apiserver-always-allow.</summary>
    public const string ApiServerAlwaysAllow = "KL5002";

    /// <summary>KL5003 apiserver-insecure-serving.</summary>
    public const string ApiServerInsecureServing = "KL5003";

    /// <summary>KL5004 apiserver-static-credentials.</summary>
    public const string ApiServerStaticCredentials = "KL5004";

    /// <summary>KL5005 apiserver-admission.</summary>
    public const string ApiServerAdmission = "KL5005";

    /// <summary>KL5006 apiserver-missing-tls.</summary>
    public const string ApiServerMissingTls = "KL5006";

    /// <summary>KL5007 apiserver-profiling-audit.</summary>
    public const string ApiServerProfilingAudit = "KL5007";

    /// <summary>KL5008 apiserver-encryption-at-rest.</summary>
    public const string ApiServerEncryptionAtRest = "KL5008";

    /// <summary>KL5009 apiserver-service-account-tokens.</summary>
    public const string ApiServerServiceAccountTokens = "KL5009";

    /// <summary>KL5010 weak-tls-ciphers.</summary>
    public const string WeakTlsCiphers = "KL5010";

    /// <summary>KL5011 apiserver-admission-hardening.</summary>
    public const string ApiServerAdmissionHardening = "KL5011";

    /// <summary>KL5101 kubelet-anonymous-auth.</summary>
    public const string KubeletAnonymousAuth = "KL5101";

    /// <summary>KL5102 kubelet-always-allow.</summary>
    public const string KubeletAlwaysAllow = "KL5102";

    /// <summary>KL5103 kubelet-read-only-port.</summary>
    public const string KubeletReadOnlyPort = "KL5103";

    /// <summary>KL5104 kubelet-certificate-rotation.</summary>
    public const string KubeletCertificateRotation = "KL5104";

    /// <summary>KL5105 kubelet-node-settings.</summary>
    public const string KubeletNodeSettings = "KL5105";

    /// <summary>KL5106 kubelet-tls.</summary>
    public const string KubeletTls = "KL5106";

    /// <summary>KL5201 controller-manager-credentials.</summary>
    public const string ControllerManagerCredentials = "KL5201";

    /// <summary>KL5202 controller-manager-pod-gc.</summary>
    public const string ControllerManagerPodGc = "KL5202";

    /// <summary>KL5203 control-plane-profiling.</summary>
    public const string ControlPlaneProfiling = "KL5203";

    /// <summary>KL5204 control-plane-bind-address.</summary>
    public const string ControlPlaneBindAddress = "KL5204";

    /// <summary>KL5205 kube-proxy-metrics-exposed.</summary>
    public const string KubeProxyMetricsExposed = "KL5205";

    /// <summary>KL5301 etcd-client-auth.</summary>
    public const string EtcdClientAuth = "KL5301";

    /// <summary>KL5302 etcd-peer-auth.</summary>
    public const string EtcdPeerAuth = "KL5302";

    /// <summary>KL5303 etcd-shared-ca.</summary>
    public const string EtcdSharedCa = "KL5303";

    /// <summary>KL6001 ingress-snippet-annotation.</summary>
    public const string IngressSnippetAnnotation = "KL6001";

    /// <summary>KL6002 ingress-nginx-snippets-allowed.</summary>
    public const string IngressNginxSnippetsAllowed = "KL6002";

    /// <summary>KL6003 ingress-nginx-vulnerable-version.</summary>
    public const string IngressNginxVulnerableVersion = "KL6003";
}
