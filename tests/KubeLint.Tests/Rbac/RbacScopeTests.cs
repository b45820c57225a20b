using KubeLint.Tests.Support;

namespace KubeLint.Tests.Rbac;

/// <summary>RBAC as the authorizer applies it: a namespaced grant reaches nothing cluster-scoped, and apiGroups decide which resources a rule names.</summary>
public class RbacScopeTests
{
    private const string RoleEverything = """
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata: {name: all, namespace: shop}
        rules: [{apiGroups: [""], resources: ["*"], verbs: ["*"]}]
        """;

    [Test]
    public void A_role_with_every_core_resource_grants_no_node_proxy_and_no_persistent_volumes()
    {
        var findings = Lint.Text(RoleEverything).Findings;
        var ids = findings.Select(f => f.RuleId).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(ids, Does.Not.Contain("KL1007"));
            Assert.That(findings.Where(f => f.RuleId == "KL1012").Select(f => f.Message), Has.All.Not.Contains("persistentvolumes").And.Some.Contains("serviceaccounts/token"), "minting tokens of the namespace's accounts is namespaced");
            Assert.That(ids, Does.Contain("KL1003").And.Contain("KL1005").And.Contain("KL1006"), "namespaced powers stay");
        });
    }

    [Test]
    public void The_same_rules_in_a_cluster_role_reach_nodes()
    {
        var ids = Lint.Text(RoleEverything.Replace("kind: Role", "kind: ClusterRole", StringComparison.Ordinal)).Findings.Select(f => f.RuleId);
        Assert.That(ids, Does.Contain("KL1007").And.Contain("KL1012"));
    }

    [TestCase("users", false)]
    [TestCase("groups", false)]
    [TestCase("serviceaccounts", true)]
    public void A_role_can_impersonate_only_service_accounts_of_its_namespace(string resource, bool fires)
    {
        var yaml = $"apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {{name: r, namespace: ci}}\nrules: [{{apiGroups: [\"\"], resources: [{resource}], verbs: [impersonate]}}]\n";
        Assert.That(Lint.Findings(yaml, "KL1004"), fires ? Is.Not.Empty : Is.Empty);
    }

    [Test]
    public void Resource_lists_in_messages_honour_the_api_group()
    {
        const string yaml = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: {name: apps-writer}
            rules: [{apiGroups: [apps], resources: ["*"], verbs: [create]}]
            """;
        Assert.That(Lint.Findings(yaml, "KL1005").Single().Message, Does.Contain("on deployments, daemonsets, statefulsets, replicasets:"));
    }

    [Test]
    public void A_cluster_role_bound_in_one_namespace_grants_no_node_proxy_to_the_pod()
    {
        const string yaml = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: {name: node-reader}
            rules: [{apiGroups: [""], resources: [nodes/proxy], verbs: [get]}]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata: {name: node-reader, namespace: shop}
            roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: node-reader}
            subjects: [{kind: ServiceAccount, name: app}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: p, namespace: shop}
            spec:
              serviceAccountName: app
              containers: [{name: c, image: i}]
            """;
        Assert.That(Lint.Findings(yaml, "KL2002"), Is.Empty);
    }

    [Test]
    public void The_token_finding_names_the_widest_grant_whatever_the_input_order()
    {
        const string yaml = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata: {name: local, namespace: ingress}
            roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: secret-reader}
            subjects: [{kind: ServiceAccount, name: controller}]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata: {name: everywhere}
            roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: secret-reader}
            subjects: [{kind: ServiceAccount, name: controller, namespace: ingress}]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: {name: secret-reader}
            rules: [{apiGroups: [""], resources: [secrets], verbs: [get, list]}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: p, namespace: ingress}
            spec:
              serviceAccountName: controller
              containers: [{name: c, image: i}]
            """;
        Assert.That(Lint.Findings(yaml, "KL2002").Single().Message, Does.Contain("can read secrets cluster-wide, granted by ClusterRoleBinding everywhere"));
    }
}
