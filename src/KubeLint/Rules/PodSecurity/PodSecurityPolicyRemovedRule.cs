namespace KubeLint.Rules.PodSecurity;

internal sealed class PodSecurityPolicyRemovedRule : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.PodSecurityPolicyRemoved,
        Name = "pod-security-policy-removed",
        Title = "PodSecurityPolicy enforces nothing",
        Category = RuleCategories.PodSecurity,
        DefaultSeverity = Severity.Note,
        AppliesTo = ["PodSecurityPolicy"],
        WhatItChecks = "Any PodSecurityPolicy object (policy/v1beta1 or extensions/v1beta1). Its contents are not judged: on a current cluster it is not applied at all. Not part of the Pod Security Standards, so `--pss` does not run it.",
        WhyItMatters = "PodSecurityPolicy was removed in Kubernetes 1.25: the API server no longer serves the type (applying the object fails) and no admission plugin reads it. A repository that still carries one looks protected while nothing restricts privileged pods, host namespaces or root users.",
        HowToFix = "Label namespaces for Pod Security Admission (`pod-security.kubernetes.io/enforce: restricted` or `baseline`), or move the policy to a policy engine (ValidatingAdmissionPolicy, Kyverno, Gatekeeper); then delete the PodSecurityPolicy and its RBAC.",
        Example = """
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata:
              name: restricted
            spec:
              privileged: false
              runAsUser:
                rule: MustRunAsNonRoot
              seLinux:
                rule: RunAsAny
              supplementalGroups:
                rule: RunAsAny
              fsGroup:
                rule: RunAsAny
            """,
        FixedExample = """
            apiVersion: v1
            kind: Namespace
            metadata:
              name: shop
              labels:
                pod-security.kubernetes.io/enforce: restricted
            """,
        References = ["CIS Kubernetes Benchmark 5.2.1", "https://kubernetes.io/docs/concepts/security/pod-security-policy/", "https://kubernetes.io/docs/tasks/configure-pod-container/migrate-from-psp/"],
    };

    public override void Check(RuleContext context)
    {
        if (context.Object.Kind == "PodSecurityPolicy" && context.Object.ApiGroup is "policy" or "extensions")
        {
            context.Report(context.Object.AnchorNode, "PodSecurityPolicy was removed in Kubernetes 1.25: this object enforces nothing on a current cluster");
        }
    }
}
