using System.Net;
using System.Net.Sockets;
using KubeLint.Linting;
using KubeLint.Linting.Rendering;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Untrusted;

/// <summary>
/// A stranger's chart or kustomization, rendered in CI: it reads nothing outside the repository,
/// sees none of the runner's secrets, fetches nothing, and cannot exhaust memory.
/// </summary>
[NonParallelizable]
public class RendererIsolationTests
{
    private static LintResult LintIn(string folder, string path, RenderOptions render) =>
        CurrentDirectory.With(folder, () => new Linter().Lint(new LintRequest { Paths = [path], Render = render, UseConfigFiles = false }));

    private static string Everything(LintResult result) =>
        string.Join('\n', result.Findings.Select(f => f.Message).Concat(result.Errors.Select(e => e.Message)).Concat(result.Notices.Select(n => n.Message)));

    [TestCase("data.txt", "file")]
    [TestCase("files", "folder")]
    [TestCase("charts/sub/data.txt", "file in a subchart")]
    public void A_chart_with_a_link_out_of_the_repository_is_an_input_error_naming_the_link(string link, string what)
    {
        var helm = RenderTools.RequireHelm();
        using var outside = new TempDirectory();
        var secret = outside.Write("secret.txt", "TOKEN=s3cr3t-value\n");
        using var repo = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(repo.Path, ".git"));
        repo.Write("chart/Chart.yaml", "apiVersion: v2\nname: leak\nversion: 0.1.0\n");
        repo.Write("chart/charts/sub/Chart.yaml", "apiVersion: v2\nname: sub\nversion: 0.1.0\n");
        repo.Write("chart/templates/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: leak}\nspec:\n  containers: [{name: {{ .Files.Get \"data.txt\" | b64enc | quote }}, image: x}]\n");
        var target = what == "folder" ? outside.Path : secret;
        File.CreateSymbolicLink(Path.Combine(repo.Path, "chart", link), target);

        var result = LintIn(repo.Path, "chart", new RenderOptions { HelmPath = helm });

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors.Select(e => e.Message), Has.Some.StartWith("chart not rendered: the link").And.Contain(link.Split('/')[^1]));
            Assert.That(Everything(result), Does.Not.Contain("s3cr3t").And.Not.Contain(Convert.ToBase64String("TOKEN=s3cr3t-value\n"u8.ToArray())[..12]));
        });
    }

    [Test]
    public void A_kustomization_that_would_read_a_file_out_of_the_repository_is_not_built()
    {
        RenderTools.RequireKustomize();
        using var outside = new TempDirectory();
        var secret = outside.Write("secret.env", "TOKEN=s3cr3t-value\n");
        using var repo = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(repo.Path, ".git"));
        repo.Write("app/kustomization.yaml", "configMapGenerator:\n  - name: leak\n    envs: [data.env]\n");
        File.CreateSymbolicLink(Path.Combine(repo.Path, "app", "data.env"), secret);

        var result = LintIn(repo.Path, "app", new RenderOptions());

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors.Select(e => e.Message), Has.Some.StartWith("kustomization not built:").And.Contain("leads outside the repository"));
            Assert.That(Everything(result), Does.Not.Contain("s3cr3t"));
        });
    }

    [Test]
    public void A_renderer_sees_only_PATH_and_a_private_home()
    {
        Environment.SetEnvironmentVariable("KUBELINT_TEST_GITHUB_TOKEN", "ghp_s3cr3t");
        string[] seen;
        try
        {
            seen = EnvironmentSeenByRenderer(new RenderOptions());
        }
        finally
        {
            Environment.SetEnvironmentVariable("KUBELINT_TEST_GITHUB_TOKEN", null);
        }

        var names = seen.Select(l => l.Split('=')[0]).Where(n => n.Length > 0 && n != "HOME-MODE").ToList();
        string[] allowed = ["PATH", "HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "HELM_CACHE_HOME", "HELM_CONFIG_HOME", "HELM_DATA_HOME", "HELM_PLUGINS", "KUBECONFIG", "TMPDIR", "GOGC", "GOMEMLIMIT", "PWD", "SHLVL", "_", "OLDPWD"];
        Assert.Multiple(() =>
        {
            Assert.That(names.Except(allowed), Is.Empty, "variables the renderer was given");
            Assert.That(seen, Has.None.Contain("ghp_s3cr3t"));
            Assert.That(seen.Single(l => l.StartsWith("HOME=", StringComparison.Ordinal)), Does.Contain("kubelint-home-"));
        });
    }

    [Test]
    public void A_renderer_s_home_is_a_folder_only_its_owner_can_enter()
    {
        var seen = EnvironmentSeenByRenderer(new RenderOptions());

        Assert.That(seen.Single(l => l.StartsWith("HOME-MODE=", StringComparison.Ordinal)), Is.EqualTo("HOME-MODE=700"));
    }

    [TestCase(2L * 1024 * 1024 * 1024, 256L * 1024 * 1024, TestName = "the default cap: 256 MiB")]
    [TestCase(512L * 1024 * 1024, 128L * 1024 * 1024, TestName = "a cap of 512 MiB: a quarter of it")]
    [TestCase(0L, 256L * 1024 * 1024, TestName = "no cap: 256 MiB")]
    public void A_renderer_collects_garbage_at_its_own_pace_below_a_heap_budget_well_under_its_memory_cap(long cap, long budget)
    {
        Environment.SetEnvironmentVariable("GOGC", "10");
        string[] seen;
        try
        {
            seen = EnvironmentSeenByRenderer(new RenderOptions { MaxRendererMemory = cap });
        }
        finally
        {
            Environment.SetEnvironmentVariable("GOGC", null);
        }

        Assert.That(seen.Where(l => l.StartsWith("GO", StringComparison.Ordinal)), Is.EquivalentTo(new[] { "GOGC=200", $"GOMEMLIMIT={budget}" }));
    }

    /// <summary>The environment a stand-in helm was run with, one <c>NAME=value</c> a line, and the permissions of its HOME as <c>HOME-MODE=</c>.</summary>
    private static string[] EnvironmentSeenByRenderer(RenderOptions options)
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("the stand-in renderer is a shell script");
            return [];
        }

        using var dir = new TempDirectory();
        var seen = Path.Combine(dir.Path, "seen-environment.txt");
        var fakeHelm = dir.Write("fake-helm", $"#!/bin/sh\nenv > '{seen}'\necho \"HOME-MODE=$(stat -c %a \"$HOME\")\" >> '{seen}'\necho 'apiVersion: v1'\necho 'kind: ConfigMap'\necho 'metadata: {{name: x}}'\n");
        File.SetUnixFileMode(fakeHelm, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        dir.Write("chart/Chart.yaml", "apiVersion: v2\nname: x\nversion: 0.1.0\n");
        var result = LintIn(dir.Path, "chart", options with { HelmPath = fakeHelm });
        Assert.That(result.Errors, Is.Empty);
        return File.ReadAllLines(seen);
    }

    [Test]
    public void A_folder_name_cannot_add_fields_to_the_kustomization_KubeLint_writes()
    {
        var kustomize = RenderTools.RequireKustomize();
        using var dir = new TempDirectory();
        const string name = "app\"\npatches:\n  - target: {kind: Pod}\n    patch: '[{\"op\": \"remove\", \"path\": \"/spec/containers/0/securityContext/privileged\"}]'\nx: \"";
        dir.Write(Path.Combine(name, "kustomization.yaml"), "resources: [pod.yaml]\n");
        dir.Write(Path.Combine(name, "pod.yaml"), SampleManifests.PrivilegedPod());

        var result = LintIn(dir.Path, ".", new RenderOptions { KustomizePath = kustomize });

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Is.Empty);
            Assert.That(result.Findings.Count(f => f.RuleId == "KL3001"), Is.EqualTo(1));
        });
    }

    [Test]
    public void A_template_that_builds_a_huge_string_is_stopped_at_the_memory_cap()
    {
        var helm = RenderTools.RequireHelm();
        if (!OperatingSystem.IsLinux() || ExternalTool.Find("prlimit") is null)
        {
            Assert.Ignore("the address-space cap needs Linux and prlimit");
        }

        using var dir = new TempDirectory();
        dir.Write("chart/Chart.yaml", "apiVersion: v2\nname: big\nversion: 0.1.0\n");
        dir.Write("chart/templates/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n  a: {{ repeat 2000000000 \"x\" | len | quote }}\n");

        var result = LintIn(dir.Path, "chart", new RenderOptions { HelmPath = helm, MaxRendererMemory = 1024L * 1024 * 1024 });

        Assert.That(result.Errors.Select(e => e.Message), Has.One.StartWith("helm template failed"));
    }

    [Test]
    public void Rendered_output_over_the_size_limit_stops_the_renderer_and_is_an_input_error()
    {
        var helm = RenderTools.RequireHelm();
        using var dir = new TempDirectory();
        dir.Write("chart/Chart.yaml", "apiVersion: v2\nname: big\nversion: 0.1.0\n");
        dir.Write("chart/templates/cm.yaml", "{{ range until 200000 }}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: \"cm-{{ . }}\"}\n{{ end }}\n");

        var result = CurrentDirectory.With(dir.Path, () => new Linter().Lint(new LintRequest { Paths = ["chart"], Render = new RenderOptions { HelmPath = helm }, UseConfigFiles = false, MaxFileBytes = 1024 * 1024 }));

        Assert.That(result.Errors.Select(e => e.Message), Has.One.StartWith("helm template wrote more than the 1 MiB a file may have"));
    }
    [Test]
    public void Where_the_machine_refuses_a_network_namespace_the_renderer_runs_without_one()
    {
        using var dir = new TempDirectory();
        var unshare = Executable(dir, "unshare", "echo 'unshare: unshare failed: Operation not permitted' >&2\nexit 1\n");
        var renderer = Executable(dir, "renderer", $"echo run >> '{dir.Path}/runs'\necho 'kind: ConfigMap'\n");

        var run = RendererSandbox.Run(renderer, [], dir.Path, new RenderOptions(), 1 << 20, new NetworkWall(unshare));

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(run.Output, Is.EqualTo("kind: ConfigMap\n"));
            Assert.That(File.ReadAllText(Path.Combine(dir.Path, "runs")), Is.EqualTo("run\n"), "the renderer ran once, without the wall");
        });
    }

    [Test]
    public void A_renderer_that_writes_what_unshare_would_cannot_make_itself_run_without_the_wall()
    {
        if (!NetworkWall.OfThisMachine.Works)
        {
            Assert.Ignore("this machine cannot give renderers a network namespace of their own");
        }

        using var dir = new TempDirectory();
        var renderer = Executable(dir, "renderer", $"echo run >> '{dir.Path}/runs'\necho 'unshare: unshare failed: Operation not permitted' >&2\nexit 1\n");

        var run = RendererSandbox.Run(renderer, [], dir.Path, new RenderOptions(), 1 << 20);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Not.Zero);
            Assert.That(File.ReadAllText(Path.Combine(dir.Path, "runs")), Is.EqualTo("run\n"), "not run a second time, outside the wall");
        });
    }

    private static string Executable(TempDirectory dir, string name, string body)
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("the stand-in programs are shell scripts");
            return name;
        }

        var path = dir.Write(name, "#!/bin/sh\n" + body);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
