using KubeLint.Tests.Support;

namespace KubeLint.Tests.Cli;

/// <summary>The command-line controls users reach for, and mistakes that must not pass.</summary>
public class CommandLineControlTests
{
    [Test]
    public void Rule_and_disable_choose_rules_as_the_configuration_does()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("pod.yaml", SampleManifests.PrivilegedPod());

        var disabled = CliRun.Invoke(["lint", file, "--disable", "pod-security", "--rule", "privileged-container"]);
        var onlyCategory = CliRun.Invoke(["lint", file, "--disable", "KL3001", "--disable", "restricted-hardening"]);

        Assert.Multiple(() =>
        {
            Assert.That(disabled.Out, Does.Contain("KL3001").And.Not.Contain("KL3100"));
            Assert.That(onlyCategory.Out, Does.Not.Contain("error KL3001").And.Contain("KL3103"), "with KL3100 disabled, the settings are reported one by one");
        });
    }

    [Test]
    public void Min_severity_hides_findings_from_the_reports_but_not_from_fail_on()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("pod.yaml", SampleManifests.HardenedPod().Replace("  automountServiceAccountToken: false\n", string.Empty, StringComparison.Ordinal));

        var run = CliRun.Invoke(["lint", file, "--min-severity", "error", "--fail-on", "note"]);

        Assert.Multiple(() =>
        {
            Assert.That(run.Out, Does.Not.Contain("KL2003"));
            Assert.That(run.ExitCode, Is.EqualTo(1), "the note still fails the run");
        });
    }

    [TestCase(new[] { "lnt", "deploy" }, "unknown command 'lnt'; did you mean 'lint'?")]
    [TestCase(new[] { "lint", "--formt", "json" }, "unknown option '--formt'; did you mean '--format'?")]
    [TestCase(new[] { "lint", "--rule", "privileged-contaner" }, "no rule or category 'privileged-contaner'; did you mean 'privileged-container'?")]
    public void A_mistyped_command_option_or_rule_is_a_usage_error_with_a_suggestion(string[] args, string message)
    {
        var run = CliRun.Invoke(args);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Error, Does.Contain(message));
        });
    }

    [Test]
    public void A_missing_path_is_an_error_without_a_made_up_position()
    {
        var run = CliRun.Invoke(["lint", "no/such/folder", "--color", "never"]);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Out, Does.Contain("no/such/folder: error no such file or directory").And.Not.Contain(":1:1"));
        });
    }

    [Test]
    public void A_folder_with_no_manifest_fails_and_a_run_without_objects_says_so()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(dir.Path, "empty"));
        var values = dir.Write("chart-values/values.yaml", "replicas: 2\n");

        var empty = CliRun.Invoke(["lint", Path.Combine(dir.Path, "empty")]);
        var noObjects = CliRun.Invoke(["lint", values]);

        Assert.Multiple(() =>
        {
            Assert.That(empty.ExitCode, Is.EqualTo(1));
            Assert.That(empty.Out, Does.Contain("no YAML or JSON file here to lint"));
            Assert.That(noObjects.ExitCode, Is.Zero, "a commit touching only non-Kubernetes YAML passes the hook");
            Assert.That(noObjects.Error, Does.Contain("no Kubernetes object"));
        });
    }

    [Test]
    public void A_configuration_error_exits_2_without_printing_findings()
    {
        using var dir = new TempDirectory();
        dir.Write(".git/HEAD", "ref: refs/heads/main\n");
        dir.Write(".kubelint.yaml", "rules: {disable: [no-such-rule]}\n");
        var file = dir.Write("pod.yaml", SampleManifests.PrivilegedPod());

        var run = CliRun.Invoke(["lint", file]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Out, Is.Empty);
            Assert.That(run.Error.Split('\n').Count(l => l.Contains("no-such-rule", StringComparison.Ordinal)), Is.EqualTo(1), "said once");
        });
    }

    [Test]
    public void A_failed_build_shows_the_renderers_own_message_past_its_warnings()
    {
        var kustomize = RenderTools.RequireKustomize();
        using var dir = new TempDirectory();
        dir.Write("app/kustomization.yaml", "resources: [pod.yaml]\ncommonLabels: {a: b}\npatches:\n  - path: missing-patch.yaml\n");
        dir.Write("app/pod.yaml", SampleManifests.PrivilegedPod());

        var run = CurrentDirectory.With(dir.Path, () => CliRun.Invoke(["lint", "app", "--kustomize", kustomize]));

        Assert.That(run.Out, Does.Contain("app: error kustomize build failed: trouble configuring builtin PatchTransformer").And.Contain("missing-patch.yaml").And.Not.Contain("# Warning").And.Not.Contain("kubelint-kustomize-"));
    }
}
