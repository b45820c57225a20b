using System.Diagnostics;
using KubeLint.Linting;
using KubeLint.Linting.Rendering;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Linting;

/// <summary>
/// Files that KubeLint reads to decide what to lint (kustomizations, Chart.yaml, .gitignore, Helm's
/// # Source: comments) may be written by the author of a pull request: none of them may make a
/// manifest that kubectl deploys disappear from the run.
/// </summary>
[NonParallelizable]
public class DeployableFileTests
{
    private static LintResult LintFolder(string folder, RenderOptions? render = null) =>
        CurrentDirectory.With(folder, () => new Linter().Lint(new LintRequest { Paths = ["."], Render = render ?? new RenderOptions { Enabled = false }, UseConfigFiles = false }));

    private static IEnumerable<string> Privileged(LintResult result) =>
        result.Findings.Where(f => f.RuleId == "KL3001").Select(f => $"{f.Location.File}:{f.Location.Start.Line} {f.Object.Display}");

    [Test]
    public void A_decoy_overlay_that_patches_a_kustomization_away_does_not_hide_its_own_build()
    {
        var kustomize = RenderTools.RequireKustomize();
        using var dir = new TempDirectory();
        dir.Write("prod/kustomization.yaml", "resources: [pod.yaml]\n");
        dir.Write("prod/pod.yaml", SampleManifests.PrivilegedPod());
        dir.Write("zz/kustomization.yaml", """
            resources: [../prod]
            patches:
              - target: {kind: Pod, name: bad}
                patch: |
                  - op: remove
                    path: /spec/containers/0/securityContext/privileged
            """);

        var result = LintFolder(dir.Path, new RenderOptions { KustomizePath = kustomize });

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Is.Empty);
            Assert.That(Privileged(result), Is.EqualTo(new[] { "./prod/pod.yaml:12 Pod default/bad" }), "prod/ is built on its own and its file is not linted a second time");
        });
    }

    [TestCase("Kustomization", "")]
    [TestCase("kustomization.yml", "resources: []\n")]
    [TestCase("kustomization.yaml", "resources: [other.yaml]\n")]
    public void A_kustomization_that_does_not_name_a_file_beside_it_leaves_the_file_linted(string name, string content)
    {
        var kustomize = RenderTools.RequireKustomize();
        using var dir = new TempDirectory();
        dir.Write($"deploy/{name}", content);
        dir.Write("deploy/other.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: other}\n");
        dir.Write("deploy/pod.yaml", SampleManifests.PrivilegedPod());

        var result = LintFolder(dir.Path, new RenderOptions { KustomizePath = kustomize });

        Assert.That(Privileged(result), Is.EqualTo(new[] { "./deploy/pod.yaml:12 Pod default/bad" }));
    }

    [Test]
    public void A_kustomization_that_fails_to_build_leaves_the_files_it_names_linted()
    {
        var kustomize = RenderTools.RequireKustomize();
        using var dir = new TempDirectory();
        dir.Write("deploy/kustomization.yaml", "resources: [pod.yaml, missing.yaml]\n");
        dir.Write("deploy/pod.yaml", SampleManifests.PrivilegedPod());

        var result = LintFolder(dir.Path, new RenderOptions { KustomizePath = kustomize });

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors.Select(e => e.Message), Has.Some.StartWith("kustomize build failed"));
            Assert.That(Privileged(result), Is.EqualTo(new[] { "./deploy/pod.yaml:12 Pod default/bad" }));
        });
    }

    [Test]
    public void A_component_is_built_only_through_the_kustomizations_that_use_it()
    {
        var kustomize = RenderTools.RequireKustomize();
        using var dir = new TempDirectory();
        dir.Write("base/kustomization.yaml", "resources: [pod.yaml]\n");
        dir.Write("base/pod.yaml", SampleManifests.HardenedPod("app"));
        dir.Write("debug/kustomization.yaml", "apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\npatches: [{path: patch.yaml}]\n");
        dir.Write("debug/patch.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: app}\nspec:\n  hostPID: true\n");
        dir.Write("overlay/kustomization.yaml", "resources: [../base]\ncomponents: [../debug]\n");

        var result = LintFolder(dir.Path, new RenderOptions { KustomizePath = kustomize });

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Is.Empty, "a component is not built on its own");
            Assert.That(result.Findings.Where(f => f.RuleId == "KL3003").Select(f => $"{f.Location.File}:{f.Location.Start.Line} {f.Rendered?.RenderedBy}"), Is.EqualTo(new[] { "debug/patch.yaml:5 kustomize build ./overlay" }));
        });
    }

    [Test]
    public void Manifests_beside_a_chart_but_outside_its_templates_are_linted()
    {
        var helm = RenderTools.RequireHelm();
        using var dir = WriteChartWithNeighbours();

        var result = LintFolder(dir.Path, new RenderOptions { HelmPath = helm });

        Assert.That(Privileged(result), Is.EquivalentTo(new[]
        {
            "./app/pod.yaml:12 Pod default/beside",
            "./app/extra/pod.yaml:12 Pod default/below",
            "./app/crds/pod.yaml:12 Pod default/in-crds",
            "./app/templates/pod.yaml:12 Pod default/template",
        }), "helm install applies crds/ as they are; helm template leaves them out without --include-crds");
    }

    [Test]
    public void Without_helm_the_files_beside_a_chart_are_still_linted()
    {
        using var dir = WriteChartWithNeighbours();

        var discovery = KubeLint.Linting.Discovery.FileDiscovery.Discover([dir.Path], RenderPlan.With(new RenderOptions(), helm: null, kustomize: null));

        Assert.That(discovery.Files.Select(f => Path.GetRelativePath(dir.Path, f.FullPath!)), Is.SupersetOf(new[] { "app/pod.yaml", "app/extra/pod.yaml", "app/crds/pod.yaml" }));
    }

    private static TempDirectory WriteChartWithNeighbours()
    {
        var dir = new TempDirectory();
        dir.Write("app/Chart.yaml", "apiVersion: v2\nname: app\nversion: 0.1.0\n");
        dir.Write("app/templates/pod.yaml", SampleManifests.PrivilegedPod("template"));
        dir.Write("app/pod.yaml", SampleManifests.PrivilegedPod("beside"));
        dir.Write("app/extra/pod.yaml", SampleManifests.PrivilegedPod("below"));
        dir.Write("app/crds/pod.yaml", SampleManifests.PrivilegedPod("in-crds"));
        return dir;
    }

    [Test]
    public void A_gitignore_cannot_hide_a_file_that_git_tracks()
    {
        if (ExternalTool.Find("git") is null)
        {
            Assert.Ignore("git is not on PATH: .gitignore alone decides, as the README says; skipped.");
        }

        using var dir = new TempDirectory();
        dir.Write("deploy/evil.yaml", SampleManifests.PrivilegedPod("tracked"));
        dir.Write("deploy/scratch/untracked.yaml", SampleManifests.PrivilegedPod("untracked"));
        Git(dir.Path, "init", "-q");
        Git(dir.Path, "add", "deploy/evil.yaml");
        Git(dir.Path, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "add");
        dir.Write("deploy/.gitignore", "evil.yaml\nscratch/\n");

        var result = LintFolder(dir.Path);

        Assert.That(Privileged(result), Is.EqualTo(new[] { "./deploy/evil.yaml:12 Pod default/tracked" }), "tracked files are linted; ignored untracked ones are not");
    }

    [Test]
    public void A_forged_source_comment_cannot_move_a_finding_out_of_the_chart_or_make_KubeLint_read_a_device()
    {
        var helm = RenderTools.RequireHelm();
        using var dir = new TempDirectory();
        dir.Write("reviewed/approved.yaml", SampleManifests.PrivilegedPod("bad"));
        dir.Write("chart/Chart.yaml", "apiVersion: v2\nname: web\nversion: 0.1.0\n");
        dir.Write("chart/templates/a.yaml", "# Source: web/../../reviewed/approved.yaml\n" + SampleManifests.PrivilegedPod("moved"));
        dir.Write("chart/templates/b.yaml", "# Source: web//dev/zero\n" + SampleManifests.PrivilegedPod("zero"));
        var watch = Stopwatch.StartNew();

        var result = CurrentDirectory.With(dir.Path, () => new Linter().Lint(new LintRequest { Paths = ["chart"], Render = new RenderOptions { HelmPath = helm }, UseConfigFiles = false }));

        Assert.Multiple(() =>
        {
            Assert.That(result.Findings.Where(f => f.RuleId == "KL3001").Select(f => (f.Location.File, f.Object.Name)), Is.EquivalentTo(new[] { ("chart", "moved"), ("chart", "zero") }), "both stay on the chart's output");
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)));
        });
    }

    private static void Git(string directory, params string[] arguments)
    {
        var run = ExternalTool.Run("git", ["-C", directory, .. arguments], directory, TimeSpan.FromSeconds(30), 1 << 20, ToolEnvironment.Inherited());
        Assert.That(run.ExitCode, Is.Zero, run.Error);
    }
}
