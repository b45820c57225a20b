using KubeLint.Linting;
using KubeLint.Linting.Rendering;
using KubeLint.Rules;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Rendering;

/// <summary>
/// A render begun from a guess at the command line: used only when the run would make exactly that
/// render, never started where the run would refuse to render, and stopped when nothing takes it.
/// </summary>
public class RenderHeadStartTests
{
    private static readonly Func<IReadOnlyList<RuleDescriptor>> Rules = () => [.. BuiltInRules.All.Select(r => r.Descriptor)];

    /// <summary>
    /// A stand-in helm: logs its process id and arguments, then writes a privileged pod named after
    /// the namespace it was given (after <paramref name="before"/>, shell commands run first).
    /// </summary>
    private static (string Helm, string Log) StandInHelm(TempDirectory dir, string before = "")
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("the stand-in helm is a shell script");
            return default;
        }

        var log = Path.Combine(dir.Path, "helm.log");
        var helm = dir.Write("bin/helm", $$$"""
            #!/bin/sh
            echo "$$ $*" >> '{{{log}}}'
            {{{before}}}
            ns=""; previous=""
            for a in "$@"; do [ "$previous" = "--namespace" ] && ns="$a"; previous="$a"; done
            echo '---'
            echo '# Source: web/templates/pod.yaml'
            echo 'apiVersion: v1'
            echo 'kind: Pod'
            echo "metadata: {name: pod-$ns}"
            echo 'spec: {containers: [{name: app, image: app, securityContext: {privileged: true}}]}'
            """);
        File.SetUnixFileMode(helm, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return (helm, log);
    }

    private static string Chart(TempDirectory dir)
    {
        Directory.CreateDirectory(Path.Combine(dir.Path, "repo", ".git"));
        dir.Write("repo/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 0.1.0\n");
        dir.Write("repo/web/templates/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: pod-{{ .Release.Namespace }}}\n");
        return Path.Combine(dir.Path, "repo", "web");
    }

    /// <summary>Lints <paramref name="request"/> with a head start begun from <paramref name="guess"/> (the request itself by default), and ends the head start.</summary>
    private static LintResult LintWithHeadStart(LintRequest request, LintRequest? guess = null)
    {
        using var headStart = RenderHeadStart.Begin(guess ?? request, Rules);
        return new Linter().Lint(request with { HeadStart = headStart });
    }

    /// <summary>Begins a head start for <paramref name="request"/> and ends it at once, as a run that takes nothing would.</summary>
    private static void BeginAndEnd(LintRequest request)
    {
        using var headStart = RenderHeadStart.Begin(request, Rules);
    }

    private static string[] Logged(string log) => File.Exists(log) ? File.ReadAllLines(log) : [];

    private static string Objects(LintResult result) => string.Join(',', result.Findings.Select(f => f.Object.Name).Distinct().Order(StringComparer.Ordinal));

    [Test]
    public void The_run_takes_the_render_begun_early_when_it_is_exactly_the_one_it_would_make()
    {
        using var dir = new TempDirectory();
        var (helm, log) = StandInHelm(dir);
        var request = new LintRequest { Paths = [Chart(dir)], UseConfigFiles = false, Render = new RenderOptions { HelmPath = helm } };
        var alone = new Linter().Lint(request);
        File.Delete(log);

        var withHeadStart = LintWithHeadStart(request);

        Assert.Multiple(() =>
        {
            Assert.That(Logged(log), Has.Length.EqualTo(1), "helm runs once");
            Assert.That(withHeadStart.Findings.Select(f => (f.RuleId, f.Message, f.Location)), Is.EqualTo(alone.Findings.Select(f => (f.RuleId, f.Message, f.Location))));
            Assert.That(Objects(withHeadStart), Is.EqualTo("pod-default"));
        });
    }

    [Test]
    public void A_configuration_beside_the_chart_gives_the_render_its_namespace_and_the_run_takes_it()
    {
        using var dir = new TempDirectory();
        var (helm, log) = StandInHelm(dir);
        var chart = Chart(dir);
        dir.Write("repo/.kubelint.yaml", "namespace: shop\n");
        var request = new LintRequest { Paths = [chart], Render = new RenderOptions { HelmPath = helm } };

        var result = LintWithHeadStart(request);

        Assert.Multiple(() =>
        {
            Assert.That(Objects(result), Is.EqualTo("pod-shop"));
            Assert.That(Logged(log), Has.Length.EqualTo(1), "helm runs once");
        });
    }

    [Test]
    public void Nothing_starts_for_a_chart_the_configuration_leaves_out()
    {
        using var dir = new TempDirectory();
        var (helm, log) = StandInHelm(dir);
        var chart = Chart(dir);
        dir.Write("repo/.kubelint.yaml", "exclude: [\"web/**\", web]\n");
        var request = new LintRequest { Paths = [chart], Render = new RenderOptions { HelmPath = helm } };

        BeginAndEnd(request);

        Assert.That(Logged(log), Is.Empty);
    }

    [Test]
    public void A_render_begun_with_other_arguments_is_never_read()
    {
        using var dir = new TempDirectory();
        var (helm, log) = StandInHelm(dir);
        var request = new LintRequest { Paths = [Chart(dir)], UseConfigFiles = false, Render = new RenderOptions { HelmPath = helm }, DefaultNamespace = "real" };

        var result = LintWithHeadStart(request, guess: request with { DefaultNamespace = "guessed" });

        Assert.Multiple(() =>
        {
            Assert.That(Objects(result), Is.EqualTo("pod-real"));
            Assert.That(Logged(log).Count(l => l.Contains("--namespace real", StringComparison.Ordinal)), Is.EqualTo(1));
        });
    }

    [Test]
    public void A_render_nothing_takes_is_stopped()
    {
        using var dir = new TempDirectory();
        var (helm, log) = StandInHelm(dir, before: "sleep 60");
        var request = new LintRequest { Paths = [Chart(dir)], UseConfigFiles = false, Render = new RenderOptions { HelmPath = helm } };
        var headStart = RenderHeadStart.Begin(request, Rules);
        var started = System.Diagnostics.Stopwatch.StartNew();
        while (Logged(log).Length == 0 && started.Elapsed < TimeSpan.FromSeconds(20))
        {
            Thread.Sleep(20);
        }

        var pid = Logged(log).Single().Split(' ')[0];
        headStart.Dispose();

        Assert.Multiple(() =>
        {
            Assert.That(started.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)), "Dispose does not wait for the renderer to finish");
            Assert.That(Directory.Exists($"/proc/{pid}"), Is.False, "the renderer is stopped");
        });
    }

    [Test]
    public void Nothing_starts_for_a_chart_the_run_would_refuse_to_render()
    {
        using var dir = new TempDirectory();
        var (helm, log) = StandInHelm(dir);
        var chart = Chart(dir);
        var secret = dir.Write("outside/secret.txt", "TOKEN=s3cr3t\n");
        File.CreateSymbolicLink(Path.Combine(chart, "data.txt"), secret);
        var request = new LintRequest { Paths = [chart], UseConfigFiles = false, Render = new RenderOptions { HelmPath = helm } };

        BeginAndEnd(request);

        BeginAndEnd(request with { Render = new RenderOptions { HelmPath = helm, Enabled = false } });

        Assert.That(Logged(log), Is.Empty);
    }

    [TestCase("template")]
    [TestCase("chart folder")]
    public void A_template_or_the_chart_folder_linked_out_of_the_repository_starts_nothing(string linked)
    {
        using var dir = new TempDirectory();
        var (helm, log) = StandInHelm(dir);
        var chart = Chart(dir);
        var outside = dir.Write("outside/chart/templates/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: leak}\n");
        dir.Write("outside/chart/Chart.yaml", "apiVersion: v2\nname: leak\nversion: 0.1.0\n");
        string path;
        if (linked == "template")
        {
            File.Delete(Path.Combine(chart, "templates", "pod.yaml"));
            File.CreateSymbolicLink(Path.Combine(chart, "templates", "pod.yaml"), outside);
            path = chart;
        }
        else
        {
            path = Path.Combine(dir.Path, "repo", "linked-chart");
            Directory.CreateSymbolicLink(path, Path.GetDirectoryName(Path.GetDirectoryName(outside))!);
        }

        var request = new LintRequest { Paths = [path], UseConfigFiles = false, Render = new RenderOptions { HelmPath = helm } };
        var run = new Linter().Lint(request);
        var renderedByTheRun = Logged(log).Length;
        File.Delete(log);
        BeginAndEnd(request);

        Assert.Multiple(() =>
        {
            Assert.That(renderedByTheRun, Is.Zero, "the run does not render it");
            Assert.That(run.Errors.Select(e => e.Message), Has.Some.Contains("leads outside the repository"));
            Assert.That(Logged(log), Is.Empty, "nor does the head start");
        });
    }

    [Test]
    public void The_warm_up_locates_a_line_through_an_include_as_a_finding_would()
    {
        var hit = WarmUp.LocatePrivileged();

        Assert.Multiple(() =>
        {
            Assert.That(hit?.NamedTemplate, Is.EqualTo("warm-up.pod"));
            Assert.That(hit?.InNamedTemplate?.File, Is.EqualTo("templates/_helpers.tpl"));
            Assert.That(hit?.InNamedTemplate?.Line, Is.EqualTo(8));
        });
    }
}
