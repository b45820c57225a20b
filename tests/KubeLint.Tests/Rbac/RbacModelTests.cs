using KubeLint.Manifests;
using KubeLint.Manifests.Index;
using KubeLint.Manifests.Rbac;
using KubeLint.Manifests.Suppressions;
using KubeLint.Manifests.Workloads;
using KubeLint.Yaml;

namespace KubeLint.Tests.Rbac;

public class RbacModelTests
{
    private static ManifestIndex Index(string yaml)
    {
        var facts = new FileFacts();
        foreach (var obj in ManifestReader.Read("m.yaml", yaml, "default", YamlLimits.Default).Objects)
        {
            FactExtractor.Extract(obj, PodSpecView.CreateAll(obj).SingleOrDefault(), SuppressionSet.None, facts, KubeLint.Manifests.AdminUis.AdminUiCatalog.BuiltIn, c => KubeLint.Manifests.Programs.ContainerCommandLine.Parse(c.Node));
        }

        return new ManifestIndex([facts]);
    }

    private static List<DangerousPermissionKind> Powers(ManifestIndex index, string ns, string name) =>
        index.Rbac.DangerousGrantsOfServiceAccount(ns, name).Select(d => d.Permission.Kind).ToList();

    [Test]
    public void A_rolebinding_to_a_clusterrole_grants_it_only_in_the_bindings_namespace()
    {
        var index = Index("""
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata: {name: b, namespace: shop}
            roleRef: {kind: ClusterRole, name: cluster-admin}
            subjects: [{kind: ServiceAccount, name: app}]
            """);
        var grant = index.Rbac.GrantsOfServiceAccount("shop", "app")[0];
        Assert.Multiple(() =>
        {
            Assert.That(grant.Scope, Is.EqualTo("shop"));
            Assert.That(grant.Subject.Namespace, Is.EqualTo("shop"), "a RoleBinding's ServiceAccount subject defaults to its namespace");
            Assert.That(index.Rbac.GrantsOfServiceAccount("other", "app"), Is.Empty);
        });
    }

    [Test]
    public void A_role_binding_never_reaches_a_role_of_another_namespace()
    {
        var index = Index("""
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata: {name: reader, namespace: other}
            rules: [{apiGroups: [""], resources: [secrets], verbs: [get]}]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata: {name: b, namespace: shop}
            roleRef: {kind: Role, name: reader}
            subjects: [{kind: ServiceAccount, name: app}]
            """);
        Assert.That(Powers(index, "shop", "app"), Is.Empty);
    }

    [TestCase("system:serviceaccounts")]
    [TestCase("system:serviceaccounts:shop")]
    [TestCase("system:authenticated")]
    public void Groups_that_contain_every_service_account_count(string group)
    {
        var index = Index($"""
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata: {"{"}name: b{"}"}
            roleRef: {"{"}kind: ClusterRole, name: edit{"}"}
            subjects: [{"{"}kind: Group, name: "{group}"{"}"}]
            """);
        Assert.That(Powers(index, "shop", "app"), Does.Contain(DangerousPermissionKind.ReadSecrets));
    }

    [Test]
    public void The_unauthenticated_group_is_not_a_service_account_group() =>
        Assert.That(Powers(Index("""
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata: {name: b}
            roleRef: {kind: ClusterRole, name: cluster-admin}
            subjects: [{kind: Group, name: "system:unauthenticated"}]
            """), "shop", "app"), Is.Empty);

    [Test]
    public void Built_in_roles_are_known_by_name_and_view_cannot_read_secrets()
    {
        Assert.Multiple(() =>
        {
            Assert.That(BuiltInRoles.RulesOf("view")!.Any(r => r.Allows("", "secrets", "get")), Is.False);
            Assert.That(BuiltInRoles.RulesOf("edit")!.Any(r => r.Allows("", "secrets", "get")), Is.True);
            Assert.That(BuiltInRoles.RulesOf("admin")!.Any(r => r.Allows("", "pods/exec", "create")), Is.True);
            Assert.That(BuiltInRoles.RulesOf("cluster-admin")!.Any(r => r.IsFullWildcard), Is.True);
            Assert.That(BuiltInRoles.RulesOf("system:node"), Is.Null);
        });
    }

    [Test]
    public void Aggregation_unions_roles_selected_by_match_expressions_and_labels_of_built_in_roles()
    {
        var index = Index("""
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: {name: monitoring}
            aggregationRule:
              clusterRoleSelectors:
                - matchExpressions: [{key: team, operator: In, values: [obs, sre]}]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: {name: piece, labels: {team: sre}}
            rules: [{apiGroups: [""], resources: [nodes/proxy], verbs: [get]}]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: {name: crd-editor, labels: {rbac.authorization.k8s.io/aggregate-to-view: "true"}}
            rules: [{apiGroups: [""], resources: [secrets], verbs: [list]}]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata: {name: a}
            roleRef: {kind: ClusterRole, name: monitoring}
            subjects: [{kind: ServiceAccount, name: prom, namespace: mon}]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata: {name: b}
            roleRef: {kind: ClusterRole, name: view}
            subjects: [{kind: ServiceAccount, name: viewer, namespace: mon}]
            """);
        var prom = index.Rbac.DangerousGrantsOfServiceAccount("mon", "prom").Single();
        Assert.Multiple(() =>
        {
            Assert.That(prom.Permission.Kind, Is.EqualTo(DangerousPermissionKind.NodesProxy));
            Assert.That(prom.Grant.BindingAndRole, Is.EqualTo("ClusterRoleBinding a (ClusterRole monitoring, aggregated from ClusterRole piece)"));
            Assert.That(Powers(index, "mon", "viewer"), Is.EqualTo(new[] { DangerousPermissionKind.ReadSecrets }), "a role labelled aggregate-to-view widens the built-in view");
        });
    }

    [TestCase("shop", "app")]
    [TestCase("shop", "other")]
    [TestCase("ops", "app")]
    public void Merging_each_bindings_powers_per_account_gives_what_all_the_accounts_grants_together_give(string ns, string name)
    {
        // Group and direct bindings, narrowed and unnarrowed rules, cluster-wide and namespaced, and a
        // combined permission (approve certificates) whose two parts come from different bindings.
        var index = Index("""
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: {name: narrow-secrets}
            rules: [{apiGroups: [""], resources: [secrets], verbs: [get], resourceNames: [one]}, {apiGroups: [certificates.k8s.io], resources: [signers], verbs: [approve]}]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: {name: wide}
            rules: [{apiGroups: [""], resources: [secrets, pods/exec], verbs: [get, create]}, {apiGroups: [certificates.k8s.io], resources: [certificatesigningrequests/approval], verbs: [update]}]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata: {name: everyone-narrow}
            roleRef: {kind: ClusterRole, name: narrow-secrets}
            subjects: [{kind: Group, name: system:authenticated}]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata: {name: app-wide, namespace: shop}
            roleRef: {kind: ClusterRole, name: wide}
            subjects: [{kind: ServiceAccount, name: app}]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata: {name: ops-wide}
            roleRef: {kind: ClusterRole, name: wide}
            subjects: [{kind: Group, name: "system:serviceaccounts:ops"}]
            """);

        var merged = index.Rbac.DangerousGrantsOfServiceAccount(ns, name).Select(d => (d.Permission.Kind, d.Grant.Binding.Name, d.Grant.Rule.Rule.IsNarrowed));
        var together = RbacModel.DangerousGrantsOf(index.Rbac.GrantsOfServiceAccount(ns, name)).Select(d => (d.Permission.Kind, d.Grant.Binding.Name, d.Grant.Rule.Rule.IsNarrowed));

        Assert.That(merged, Is.EqualTo(together).And.Not.Empty);
    }

    [Test]
    public void Accounts_that_share_their_namespaces_grants_never_share_one_accounts_own_binding()
    {
        var index = Index("""
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: {name: secrets}
            rules: [{apiGroups: [""], resources: [secrets], verbs: [get]}]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata: {name: all-of-shop, namespace: shop}
            roleRef: {kind: ClusterRole, name: secrets}
            subjects: [{kind: Group, name: "system:serviceaccounts:shop"}]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata: {name: admin-of-one}
            roleRef: {kind: ClusterRole, name: cluster-admin}
            subjects: [{kind: ServiceAccount, name: deployer, namespace: shop}]
            """);

        // Unbound accounts asked first, so that a cache keyed too coarsely would hand their list on.
        var plain = Powers(index, "shop", "web");
        var admin = Powers(index, "shop", "deployer");
        Assert.Multiple(() =>
        {
            Assert.That(Powers(index, "shop", "worker"), Is.EqualTo(plain));
            Assert.That(plain, Does.Not.Contain(DangerousPermissionKind.ClusterAdmin));
            Assert.That(admin, Does.Contain(DangerousPermissionKind.ClusterAdmin));
            Assert.That(Powers(index, "other", "web"), Is.Empty, "another namespace's group is not bound");
            Assert.That(index.Rbac.DangerousGrantsOfServiceAccount("shop", "worker"), Is.SameAs(index.Rbac.DangerousGrantsOfServiceAccount("shop", "web")));
        });
    }
}
