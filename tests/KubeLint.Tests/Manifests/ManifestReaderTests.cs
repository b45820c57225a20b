using KubeLint.Manifests;
using KubeLint.Yaml;

namespace KubeLint.Tests.Manifests;

public class ManifestReaderTests
{
    private static IReadOnlyList<K8sObject> Read(string yaml, string defaultNamespace = "default") =>
        ManifestReader.Read("m.yaml", yaml, defaultNamespace, YamlLimits.Default).Objects;

    [Test]
    public void List_items_are_objects_with_their_own_positions()
    {
        const string yaml = """
            apiVersion: v1
            kind: List
            items:
              - apiVersion: v1
                kind: ServiceAccount
                metadata: {name: a}
              - apiVersion: v1
                kind: ConfigMap
                metadata: {name: b}
            """;
        var objects = Read(yaml);
        Assert.Multiple(() =>
        {
            Assert.That(objects.Select(o => o.Ref.Display), Is.EqualTo(new[] { "ServiceAccount default/a", "ConfigMap default/b" }));
            Assert.That(objects[1].Root.Start.Line, Is.EqualTo(7));
            Assert.That(objects[1].Source.ListItemIndex, Is.EqualTo(1));
        });
    }

    [Test]
    public void Helm_source_comments_belong_to_the_document_that_follows_them()
    {
        const string yaml = """
            ---
            # Source: shop/templates/serviceaccount.yaml
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: shop
            ---
            # Source: shop/templates/deployment.yaml
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: shop
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: plain
            """;
        var objects = Read(yaml);
        Assert.That(objects.Select(o => o.Source.HelmSource), Is.EqualTo(new[] { "shop/templates/serviceaccount.yaml", "shop/templates/deployment.yaml", null }));
    }

    [Test]
    public void Objects_without_a_namespace_get_the_default_and_cluster_scoped_kinds_get_none()
    {
        const string yaml = """
            apiVersion: v1
            kind: Pod
            metadata: {name: p}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: q, namespace: explicit}
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: {name: r, namespace: ignored}
            """;
        var objects = Read(yaml, "team-a");
        Assert.That(objects.Select(o => o.Namespace), Is.EqualTo(new[] { "team-a", "explicit", null }));
    }

    [Test]
    public void Yaml_that_is_not_a_kubernetes_object_is_skipped_silently()
    {
        const string yaml = """
            name: CI
            on: [push]
            jobs: {}
            ---
            apiVersion: v2
            name: chart
            version: 1.0.0
            ---
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            resources: [deploy.yaml]
            ---
            replicaCount: 1
            """;
        var content = ManifestReader.Read("m.yaml", yaml, "default", YamlLimits.Default);
        Assert.Multiple(() =>
        {
            Assert.That(content.Objects, Is.Empty);
            Assert.That(content.Errors, Is.Empty);
        });
    }

    [Test]
    public void Generate_name_is_used_when_there_is_no_name()
    {
        var obj = Read("apiVersion: batch/v1\nkind: Job\nmetadata:\n  generateName: migrate-\n").Single();
        Assert.That(obj.Name, Is.EqualTo("migrate-*"));
    }

    [Test]
    public void A_template_placeholder_key_makes_an_object_an_error_but_not_a_plain_yaml_file()
    {
        var template = ManifestReader.Read("m.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: {{name}}\n", "default", YamlLimits.Default);
        var values = ManifestReader.Read("values.yaml", "labels: {{labels}}\n", "default", YamlLimits.Default);
        Assert.Multiple(() =>
        {
            Assert.That(template.Objects, Is.Empty);
            Assert.That(template.Errors.Single().Message, Does.Contain("un-rendered {{ }} template"));
            Assert.That(template.Errors[0].Position.Line, Is.EqualTo(4));
            Assert.That(values.Errors, Is.Empty);
        });
    }
}
