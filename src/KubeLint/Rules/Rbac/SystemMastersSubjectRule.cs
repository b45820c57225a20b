using KubeLint.Manifests.Rbac;

namespace KubeLint.Rules.Rbac;

internal sealed class SystemMastersSubjectRule : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.SystemMastersSubject,
        Name = "system-masters-subject",
        Title = "Binding that names system:masters",
        Category = RuleCategories.Rbac,
        DefaultSeverity = Severity.Error,
        AppliesTo = ["ClusterRoleBinding", "RoleBinding"],
        WhatItChecks = "Binding subjects that are `Group system:masters`.",
        WhyItMatters = "Members of system:masters bypass authorization altogether: no RBAC rule applies to them and no binding can be removed to take their power away; membership comes from client certificates that cannot be revoked. Naming the group in a binding signals that it is being used for everyday access.",
        HowToFix = "Remove system:masters from the binding and grant a named group a role that fits the job.",
        Example = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata:
              name: ops-admins
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: ClusterRole
              name: admin
            subjects:
              - apiGroup: rbac.authorization.k8s.io
                kind: Group
                name: system:masters
            """,
        FixedExample = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata:
              name: ops-admins
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: ClusterRole
              name: admin
            subjects:
              - apiGroup: rbac.authorization.k8s.io
                kind: Group
                name: ops
            """,
        References = ["CIS Kubernetes Benchmark 5.1.7", "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#system-masters"],
    };

    public override void Check(RuleContext context)
    {
        foreach (var subject in BindingSubjectNode.Of(context.Object))
        {
            if (subject is { Kind: "Group", Name: Subjects.Masters })
            {
                context.Report(subject.Node, $"{context.Object.Ref.Display} names Group system:masters, whose members bypass RBAC entirely and cannot be revoked");
            }
        }
    }
}
