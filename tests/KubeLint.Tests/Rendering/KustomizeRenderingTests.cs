using KubeLint.Linting;
using KubeLint.Linting.Discovery;
using KubeLint.Linting.Rendering;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Rendering;

/// <summary>Kustomizations built with the real kubectl/kustomize: findings point at the resource or patch that wrote them.</summary>
[NonParallelizable]
public class KustomizeRenderingTests
{
    private static LintResult Lint(string path, RenderOptions options) =>
        CurrentDirectory.With(RepositoryPaths.Root, () => new Linter().Lint(new LintRequest { Paths = [path], Render = options, UseConfigFiles = false }));

    [Test]
    public void Every_kustomization_is_built_on_its_own_and_a_patched_field_points_at_the_patch()
    {
        var kustomize = RenderTools.RequireKustomize();
        var result = Lint("samples/kustomize", new RenderOptions { KustomizePath = kustomize });

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Is.Empty);
            Assert.That(result.Summary.Files, Is.EqualTo(4), "the base and the overlay are built, and each kustomization file is read as it stands");
            Assert.That(result.Objects.Select(o => o.Ref.Display), Is.EquivalentTo(new[] { "Service default/orders", "Deployment default/orders", "Service shop/orders", "Deployment shop/orders" }));
            var finding = result.Findings.Single();
            Assert.That($"{finding.Location} {finding.RuleId}", Is.EqualTo("samples/kustomize/overlays/prod/host-network.yaml:8:7 KL3002"));
            Assert.That(finding.Rendered!.RenderedBy, Is.EqualTo("kustomize build samples/kustomize/overlays/prod"));
        });
    }

    [Test]
    public void A_finding_on_a_base_resource_points_at_the_base_file_once_for_the_base_and_its_overlay()
    {
        var kustomize = RenderTools.RequireKustomize();
        using var dir = new TempDirectory();
        dir.Write("base/kustomization.yaml", "resources: [pod.yaml]\n");
        dir.Write("base/pod.yaml", SampleManifests.PrivilegedPod());
        dir.Write("overlay/kustomization.yaml", "namespace: prod\nnamePrefix: prod-\nresources: [../base]\n");

        var result = CurrentDirectory.With(dir.Path, () => new Linter().Lint(new LintRequest { Paths = ["."], Render = new RenderOptions { KustomizePath = kustomize } }));

        Assert.Multiple(() =>
        {
            Assert.That(result.Findings.Select(f => $"{f.Location} {f.RuleId} {f.Object.Display}"), Is.EquivalentTo(new[]
            {
                "./base/pod.yaml:12:9 KL3001 Pod default/bad",
                "./base/pod.yaml:9:7 KL3100 Pod default/bad",
            }));
        });
    }

    [Test]
    public void A_field_written_by_an_inline_patch_points_at_its_line_in_the_kustomization()
    {
        var kustomize = RenderTools.RequireKustomize();
        using var dir = new TempDirectory();
        dir.Write("app/deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      automountServiceAccountToken: false\n      containers:\n        - name: web\n          image: nginx:1.27\n");
        dir.Write("app/kustomization.yaml", """
            resources: [deploy.yaml]
            patches:
              - patch: |-
                  apiVersion: apps/v1
                  kind: Deployment
                  metadata:
                    name: web
                  spec:
                    template:
                      spec:
                        hostNetwork: true
              - target: {kind: Deployment, name: web}
                patch: |
                  - op: add
                    path: /spec/template/spec/containers/0/securityContext
                    value:
                      privileged: true
            """);

        var result = CurrentDirectory.With(dir.Path, () => new Linter().Lint(new LintRequest { Paths = ["app"], Render = new RenderOptions { KustomizePath = kustomize }, UseConfigFiles = false }));

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Is.Empty);
            Assert.That(result.Findings.Single(f => f.RuleId == "KL3002").Location.ToString(), Is.EqualTo("app/kustomization.yaml:11:13"), "hostNetwork: true in the strategic-merge patch");
            Assert.That(result.Findings.Single(f => f.RuleId == "KL3001").Location.ToString(), Is.EqualTo("app/kustomization.yaml:17:11"), "privileged: true in the JSON patch's value");
        });
    }

    [Test]
    public void Remote_resources_are_never_fetched_and_the_files_are_linted_as_they_are()
    {
        using var dir = new TempDirectory();
        dir.Write("app/kustomization.yaml", "resources:\n  - pod.yaml\n  - https://github.com/example/manifests//base?ref=v1.0.0\n");
        dir.Write("app/pod.yaml", SampleManifests.PrivilegedPod());

        var discovery = FileDiscovery.Discover([Path.Combine(dir.Path, "app")], RenderPlan.With(new RenderOptions(), null, "/usr/bin/kubectl"));

        Assert.Multiple(() =>
        {
            Assert.That(discovery.Files.Select(f => (Path.GetFileName(f.DisplayPath), f.Render)), Is.EquivalentTo(new[] { ("kustomization.yaml", (RenderJob?)null), ("pod.yaml", null) }));
            Assert.That(discovery.Notices.Single().Message, Does.StartWith("kustomization not built: it refers to remote resources (https://github.com/example/manifests//base?ref=v1.0.0)"));
        });
    }

    [Test]
    public void Without_kubectl_or_kustomize_the_files_are_linted_as_they_are_with_a_notice()
    {
        var discovery = CurrentDirectory.With(RepositoryPaths.Root, () =>
            FileDiscovery.Discover(["samples/kustomize"], RenderPlan.With(new RenderOptions(), null, null)));

        Assert.Multiple(() =>
        {
            Assert.That(discovery.Files.Select(f => f.DisplayPath), Does.Contain("samples/kustomize/overlays/prod/host-network.yaml"));
            Assert.That(discovery.Notices.Select(n => n.Path), Is.EqualTo(new[] { "samples/kustomize/base", "samples/kustomize/overlays/prod" }));
        });
    }

    [Test]
    public void A_kustomization_that_fails_to_build_is_an_error_at_its_folder()
    {
        var kustomize = RenderTools.RequireKustomize();
        using var dir = new TempDirectory();
        dir.Write("app/kustomization.yaml", "resources: [missing.yaml]\n");
        dir.Write("app/pod.yaml", SampleManifests.PrivilegedPod());
        var homesBefore = SandboxHomes();

        var result = new Linter().Lint(new LintRequest { Paths = [Path.Combine(dir.Path, "app")], Render = new RenderOptions { KustomizePath = kustomize } });

        var error = result.Errors.Single();
        Assert.Multiple(() =>
        {
            Assert.That(error.File, Is.EqualTo(Path.Combine(dir.Path, "app")));
            Assert.That(error.Message, Does.StartWith("kustomize build failed: ").And.Contain("missing.yaml"));
            Assert.That(result.Findings.Select(f => f.RuleId), Does.Contain("KL3001"), "the folder's files are linted as they stand");
            Assert.That(SandboxHomes().Except(homesBefore), Is.Empty, "the renderer's throw-away home is removed after a failed build");
        });
    }

    /// <summary>The renderer sandbox's temporary homes now present; compared before and after, so other runs on the machine do not count.</summary>
    private static HashSet<string> SandboxHomes() => [.. Directory.GetDirectories(Path.GetTempPath(), "kubelint-home-*")];
}
