using KubeLint.Linting.Rendering;
using KubeLint.Linting.Rendering.Kustomize;
using KubeLint.Manifests;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Rendering;

public class KindLineTests
{
    [TestCase("kind: Deployment\n")]
    [TestCase("apiVersion: apps/v1\nkind: Deployment # the app\nmetadata: {}\n")]
    [TestCase("kind: \"Deployment\"")]
    [TestCase("'kind': 'Deployment'\r\n")]
    [TestCase("{\n  \"apiVersion\": \"apps/v1\",\n  \"kind\": \"Deployment\",\n")]
    [TestCase("items:\n- kind: Deployment\n")]
    [TestCase("description: kind of Deployment\nkind: Deployment\n")]
    public void A_kind_line_for_the_kind_is_found(string text) =>
        Assert.That(KindLine.In(text, "Deployment"), Is.True);

    [TestCase("description: the Deployment this status belongs to\n")]
    [TestCase("kind: DeploymentRollback\n")]
    [TestCase("kind: ReplicaDeployment\n")]
    [TestCase("apiKind: Deployment\n")]
    [TestCase("kind:\n  description: Deployment\n")]
    [TestCase("")]
    public void A_mention_of_the_kind_is_not_a_kind_line(string text) =>
        Assert.That(KindLine.In(text, "Deployment"), Is.False);

    [Test]
    public void A_CRD_that_describes_the_kind_is_not_a_candidate_until_nothing_else_is()
    {
        using var dir = new TempDirectory();
        dir.Write("app/kustomization.yaml", "resources: [crd.yaml]\n");
        dir.Write("app/crd.yaml", Crd);
        var sources = new KustomizeSources(Path.Combine(dir.Path, "app"), File.ReadAllText);
        var crd = Path.Combine(dir.Path, "app", "crd.yaml");
        var names = new HashSet<string> { "web" };

        Assert.Multiple(() =>
        {
            Assert.That(sources.MayHold(crd, "Deployment", names, strict: true), Is.False);
            Assert.That(sources.MayHold(crd, "Deployment", names, strict: false), Is.True);
        });
    }

    [Test]
    public void An_object_written_as_a_flow_mapping_is_still_found_beside_a_CRD_that_mentions_it()
    {
        using var dir = new TempDirectory();
        dir.Write("app/kustomization.yaml", "resources: [crd.yaml, deploy.yaml]\n");
        dir.Write("app/crd.yaml", Crd);
        dir.Write("app/deploy.yaml", "{apiVersion: apps/v1, kind: Deployment, metadata: {name: web}, spec: {template: {spec: {containers: [{name: web, image: nginx, securityContext: {privileged: true}}]}}}}\n");
        var root = Path.Combine(dir.Path, "app");
        var rendered = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n      - name: web\n        image: nginx\n        securityContext:\n          privileged: true\n".Split('\n');
        var finder = new KustomizeSourceFinder(new KustomizeSources(root, File.ReadAllText), rendered);

        var found = finder.Find(new ObjectRef("apps/v1", "Deployment", null, "web"), NodePath.Parse("spec.template.spec.containers[0].securityContext.privileged"), 12);

        Assert.Multiple(() =>
        {
            Assert.That(found?.File, Is.EqualTo(Path.Combine(root, "deploy.yaml")));
            Assert.That(found?.Node.Start.Line, Is.EqualTo(1));
            Assert.That(found?.Depth, Is.EqualTo(7), "the privileged: true node itself");
        });
    }

    private const string Crd = "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: web.example.com}\nspec:\n  description: 'Runs a Deployment named web'\n";
}
