using KubeLint.Manifests.Rbac;

namespace KubeLint.Rules.Rbac;

internal sealed class AnonymousSubjectRule : ObjectRule
{
    /// <summary>Built-in roles Kubernetes itself binds to everyone: health, version and discovery only.</summary>
    private static readonly HashSet<string> PublicBuiltInRoles = new(StringComparer.Ordinal)
    {
        "system:public-info-viewer", "system:discovery", "system:basic-user",
    };

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.AnonymousSubject,
        Name = "anonymous-subject",
        Title = "Binding to unauthenticated or all users",
        Category = RuleCategories.Rbac,
        DefaultSeverity = Severity.Error,
        AppliesTo = ["ClusterRoleBinding", "RoleBinding"],
        WhatItChecks = "Binding subjects `User system:anonymous` and `Group system:unauthenticated` (an error), and `Group system:authenticated` (a warning: every user and every service account of the cluster). Bindings to the built-in `system:public-info-viewer`, `system:discovery` and `system:basic-user` roles, which Kubernetes itself grants to everyone, are not reported.",
        WhyItMatters = "A binding to system:anonymous or system:unauthenticated gives its role to anyone who can reach the API server, with no credentials at all. system:authenticated includes every service account token in every pod, so it hands the role to anyone who compromises any container.",
        HowToFix = "Bind the role to the specific users, groups or service accounts that need it.",
        Example = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata:
              name: open-read
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: ClusterRole
              name: view
            subjects:
              - apiGroup: rbac.authorization.k8s.io
                kind: Group
                name: system:unauthenticated
            """,
        FixedExample = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata:
              name: open-read
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: ClusterRole
              name: view
            subjects:
              - apiGroup: rbac.authorization.k8s.io
                kind: Group
                name: auditors
            """,
        References = ["https://kubernetes.io/docs/reference/access-authn-authz/rbac/#discovery-roles"],
    };

    public override void Check(RuleContext context)
    {
        if (PublicBuiltInRoles.Contains(BindingSubjectNode.RoleNameOf(context.Object)))
        {
            return;
        }

        var role = BindingSubjectNode.RoleNameOf(context.Object);
        foreach (var subject in BindingSubjectNode.Of(context.Object))
        {
            if ((subject.Kind, subject.Name) is ("User", Subjects.Anonymous) or ("Group", Subjects.Unauthenticated))
            {
                context.Report(subject.Node, $"{context.Object.Ref.Display} grants {role} to {subject.Kind} {subject.Name}: anyone who reaches the API server, without credentials");
            }
            else if ((subject.Kind, subject.Name) is ("Group", Subjects.Authenticated))
            {
                context.Report(subject.Node, $"{context.Object.Ref.Display} grants {role} to Group {subject.Name}: every user and every service account token of the cluster", Severity.Warning);
            }
        }
    }
}
