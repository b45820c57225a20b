using KubeLint.Manifests.Rbac;

namespace KubeLint.Rules.Rbac;

internal sealed class DefaultServiceAccountBindingRule : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.DefaultServiceAccountBinding,
        Name = "default-serviceaccount-binding",
        Title = "Binding that grants to a default ServiceAccount",
        Category = RuleCategories.Rbac,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["ClusterRoleBinding", "RoleBinding"],
        WhatItChecks = "Binding subjects that are a namespace's `default` ServiceAccount (for a RoleBinding, a subject without a namespace is in the binding's namespace).",
        WhyItMatters = "Every pod that does not name a ServiceAccount runs as `default`, so a permission given to it goes to every such pod in the namespace, now and later, usually with the token mounted. Permissions belong to a ServiceAccount made for the one workload that needs them.",
        HowToFix = "Create a dedicated ServiceAccount for the workload, bind the role to it and set `serviceAccountName` on the pod.",
        Example = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata:
              name: reader
              namespace: shop
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: ClusterRole
              name: view
            subjects:
              - kind: ServiceAccount
                name: default
            """,
        FixedExample = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata:
              name: reader
              namespace: shop
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: ClusterRole
              name: view
            subjects:
              - kind: ServiceAccount
                name: reporting
            """,
        References = ["CIS Kubernetes Benchmark 5.1.5", "https://kubernetes.io/docs/concepts/security/service-accounts/#default-service-accounts"],
    };

    public override void Check(RuleContext context)
    {
        var role = BindingSubjectNode.RoleNameOf(context.Object);
        foreach (var subject in BindingSubjectNode.Of(context.Object))
        {
            if (subject is { Kind: "ServiceAccount", Name: "default" })
            {
                context.Report(subject.Node, $"{context.Object.Ref.Display} grants {role} to ServiceAccount {subject.Namespace}/default, which every pod of the namespace runs as unless it names another");
            }
        }
    }
}
