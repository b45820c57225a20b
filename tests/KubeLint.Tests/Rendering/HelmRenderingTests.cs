using KubeLint.Linting;
using KubeLint.Linting.Discovery;
using KubeLint.Linting.Rendering;
using KubeLint.Rules;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Rendering;

/// <summary>Charts rendered with a real helm: findings point at the template and at the rendered line.</summary>
[NonParallelizable]
public class HelmRenderingTests
{
    private const string Chart = "samples/charts/web-app";

    private static LintResult LintChart(RenderOptions options, string path = Chart, string? defaultNamespace = null) =>
        CurrentDirectory.With(RepositoryPaths.Root, () => new Linter().Lint(new LintRequest { Paths = [path], Render = options, UseConfigFiles = false, DefaultNamespace = defaultNamespace }));

    private static string[] Describe(LintResult result) =>
        [.. result.Findings.Select(f => $"{f.Location.File}:{f.Location.Start.Line}:{f.Location.Start.Column} {f.RuleId} | {f.Rendered?.RenderedBy}:{f.Rendered?.Start.Line}")];

    [Test]
    public void A_chart_and_its_subchart_are_rendered_and_findings_point_at_their_templates()
    {
        var result = LintChart(new RenderOptions { HelmPath = RenderTools.RequireHelm() });

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Is.Empty);
            Assert.That(Describe(result), Is.EqualTo(new[]
            {
                $"{Chart}/charts/metrics-agent/templates/daemonset.yaml:14:7 KL3003 | helm template {Chart}:26",
                $"{Chart}/charts/metrics-agent/templates/daemonset.yaml:17:11 KL3100 | helm template {Chart}:29",
                $"{Chart}/charts/metrics-agent/templates/daemonset.yaml:31:13 KL3005 | helm template {Chart}:43",
            }));
            Assert.That(result.Findings.Select(f => f.HelmSource).Distinct(), Is.EqualTo(new[] { "web-app/charts/metrics-agent/templates/daemonset.yaml" }));
            Assert.That(result.Objects.Select(o => o.Ref.Display), Is.EquivalentTo(new[]
            {
                "ServiceAccount default/release-name-web-app", "DaemonSet default/release-name-metrics-agent", "Deployment default/release-name-web-app",
            }));
        });
    }

    [Test]
    public void Values_files_and_set_switch_the_privileged_container_on()
    {
        var helm = RenderTools.RequireHelm();
        var byValues = LintChart(new RenderOptions { HelmPath = helm, HelmValues = [Path.Combine(RepositoryPaths.Root, Chart, "ci", "debug-values.yaml")] });
        var bySet = LintChart(new RenderOptions { HelmPath = helm, HelmSet = ["debug.privileged=true"] });

        var expected = $"{Chart}/templates/deployment.yaml:29:13 KL3001 | helm template {Chart}:77";
        Assert.Multiple(() =>
        {
            Assert.That(Describe(byValues), Does.Contain(expected));
            Assert.That(Describe(bySet), Does.Contain(expected));
            Assert.That(Describe(byValues), Does.Contain($"{Chart}/templates/deployment.yaml:30:13 KL3100 | helm template {Chart}:78"));
        });
    }

    [Test]
    public void Release_name_and_namespace_are_passed_to_helm()
    {
        var result = LintChart(new RenderOptions { HelmPath = RenderTools.RequireHelm(), ReleaseName = "shop" }, defaultNamespace: "prod");
        Assert.That(result.Objects.Select(o => o.Ref.Display), Does.Contain("DaemonSet prod/shop-metrics-agent"));
    }

    [Test]
    public void Piping_helm_template_gives_the_same_findings()
    {
        var helm = RenderTools.RequireHelm();
        var rendered = ExternalTool.Run(helm, ["template", "release-name", Path.Combine(RepositoryPaths.Root, Chart), "--set", "debug.privileged=true"], RepositoryPaths.Root, TimeSpan.FromSeconds(60), 1 << 24, ToolEnvironment.Inherited());
        var piped = new Linter().LintText(rendered.Output, "-");
        var direct = LintChart(new RenderOptions { HelmPath = helm, HelmSet = ["debug.privileged=true"] });

        static IEnumerable<string> Identity(LintResult r) => r.Findings.Select(f => $"{f.RuleId} {f.Object.Display} {f.HelmSource} {f.Message}").Order();
        Assert.Multiple(() =>
        {
            Assert.That(rendered.ExitCode, Is.Zero, rendered.Error);
            Assert.That(Identity(direct), Is.EqualTo(Identity(piped)));
            Assert.That(direct.Findings.Select(f => f.Rendered!.Start.Line), Is.EquivalentTo(piped.Findings.Select(f => f.Location.Start.Line)), "the rendered lines are the lines of the piped output");
        });
    }

    [Test]
    public void Missing_dependencies_are_named_and_never_downloaded()
    {
        var helm = RenderTools.RequireHelm();
        using var dir = new TempDirectory();
        dir.Write("shop/Chart.yaml", "apiVersion: v2\nname: shop\nversion: 0.1.0\ndependencies:\n  - {name: redis, version: 19.0.0, repository: https://charts.bitnami.com/bitnami}\n  - {name: postgresql, version: 15.0.0, repository: https://charts.bitnami.com/bitnami}\n");
        dir.Write("shop/charts/postgresql-15.0.0.tgz", "not really a chart");
        dir.Write("shop/templates/pod.yaml", SampleManifests.PrivilegedPod("{{ .Release.Name }}"));

        var result = new Linter().Lint(new LintRequest { Paths = [Path.Combine(dir.Path, "shop")], Render = new RenderOptions { HelmPath = helm } });

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors.Single().Message, Is.EqualTo("cannot render the chart: dependencies missing from charts/: redis (run `helm dependency build`; KubeLint never downloads)"));
            Assert.That(result.Findings, Is.Empty);
            Assert.That(Directory.GetFiles(Path.Combine(dir.Path, "shop", "charts")), Has.Length.EqualTo(1), "nothing was fetched into charts/");
        });
    }

    [Test]
    public void A_chart_that_fails_to_render_is_an_error_at_the_chart()
    {
        var helm = RenderTools.RequireHelm();
        using var dir = new TempDirectory();
        dir.Write("broken/Chart.yaml", "apiVersion: v2\nname: broken\nversion: 0.1.0\n");
        dir.Write("broken/templates/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Values.name | required \"name is required\" }}\n");

        var result = new Linter().Lint(new LintRequest { Paths = [Path.Combine(dir.Path, "broken")], Render = new RenderOptions { HelmPath = helm } });

        var error = result.Errors.Single();
        Assert.Multiple(() =>
        {
            Assert.That(error.File, Is.EqualTo(Path.Combine(dir.Path, "broken")));
            Assert.That(error.Message, Does.StartWith("helm template failed: ").And.Contain("name is required"));
        });
    }

    [Test]
    public void Rendering_leaves_the_chart_as_it_was()
    {
        var helm = RenderTools.RequireHelm();
        var chart = Path.Combine(RepositoryPaths.Root, Chart);
        static Dictionary<string, DateTime> Snapshot(string folder) =>
            Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        var before = Snapshot(chart);

        LintChart(new RenderOptions { HelmPath = helm });

        Assert.That(Snapshot(chart), Is.EquivalentTo(before));
    }

    [Test]
    public void Without_helm_each_chart_gets_one_notice_and_its_templates_are_left_to_the_template_check()
    {
        var plan = RenderPlan.With(new RenderOptions(), helm: null, kustomize: null);
        var discovery = CurrentDirectory.With(RepositoryPaths.Root, () => FileDiscovery.Discover(["samples/charts"], plan));

        Assert.Multiple(() =>
        {
            Assert.That(discovery.Files.Where(f => f.DisplayPath.Contains("/templates/", StringComparison.Ordinal)).Select(f => f.ChartRoot), Has.All.Not.Null, "un-rendered templates are skipped with a notice when linted");
            Assert.That(discovery.Files.Where(f => f.Render is not null), Is.Empty);
            Assert.That(discovery.Notices.Select(n => $"{n.Path}: {n.Message}"), Is.EqualTo(new[]
            {
                $"{Chart}: Helm chart not rendered: helm is not on PATH (install it or pass --helm); its templates are not linted",
            }));
        });
    }

    [Test]
    public void The_command_line_passes_values_and_reports_both_locations()
    {
        var helm = RenderTools.RequireHelm();
        var run = CurrentDirectory.With(RepositoryPaths.Root, () =>
            CliRun.Invoke(["lint", Chart, "--helm", helm, "--values", $"{Chart}/ci/debug-values.yaml", "--color", "never", "--no-config"]));

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Out, Does.Contain($"{Chart}/templates/deployment.yaml:29:13: error KL3001 privileged-container: container \"web\" runs privileged (line 77:13 of helm template {Chart})"));
            Assert.That(CliRun.Invoke(["lint", Chart, "--helm", "/no/such/helm"]).ExitCode, Is.EqualTo(2));
            Assert.That(CliRun.Invoke(["lint", Chart, "--values", "/no/such/values.yaml"]).Error, Does.Contain("--values: no such file"));
        });
    }
}
