using System.Text.Json;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Cli;

public class CliTests
{
    [Test]
    public void Findings_at_or_above_the_threshold_exit_1_with_exact_locations()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("pod.yaml", SampleManifests.PrivilegedPod());
        var run = CliRun.Invoke(["lint", file, "--color", "never"]);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Out, Does.Contain($"{file}:12:9: error KL3001 privileged-container: container \"app\" runs privileged"));
            Assert.That(run.Out.TrimEnd(), Does.EndWith("kubelint: 2 findings (1 error, 1 warning) in 1 file, 1 object"));
        });
    }

    [Test]
    public void A_clean_input_exits_0()
    {
        using var dir = new TempDirectory();
        var run = CliRun.Invoke(["lint", dir.Write("pod.yaml", SampleManifests.HardenedPod())]);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(0), run.Out);
            Assert.That(run.Out, Does.Contain("kubelint: no findings in 1 file, 1 object"));
        });
    }

    [Test]
    public void Fail_on_raises_the_threshold()
    {
        using var dir = new TempDirectory();
        var onlyTheTokenNote = SampleManifests.HardenedPod().Replace("  automountServiceAccountToken: false\n", string.Empty, StringComparison.Ordinal);
        var file = dir.Write("pod.yaml", onlyTheTokenNote);
        Assert.Multiple(() =>
        {
            Assert.That(CliRun.Invoke(["lint", file]).ExitCode, Is.EqualTo(0), "only a note: below the default threshold");
            Assert.That(CliRun.Invoke(["lint", file, "--fail-on", "note"]).ExitCode, Is.EqualTo(1));
            Assert.That(CliRun.Invoke(["lint", dir.Write("bad.yaml", SampleManifests.PrivilegedPod()), "--fail-on", "error"]).ExitCode, Is.EqualTo(1));
        });
    }

    [Test]
    public void Unreadable_input_exits_1_and_says_where()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("broken.yaml", "a: b: c\n");
        var run = CliRun.Invoke(["lint", file]);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Out, Does.Contain($"{file}:1:5: error invalid YAML"));
        });
    }

    [TestCase("--no-such-option")]
    [TestCase("--fail-on", "sometimes")]
    [TestCase("--format", "xml")]
    [TestCase("--color", "rainbow")]
    [TestCase("--color", "2")]
    [TestCase("--color", "auto,never")]
    [TestCase("-", "-")]
    public void Usage_errors_exit_2_without_a_stack_trace(params string[] extra)
    {
        var run = CliRun.Invoke(["lint", .. extra]);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Error, Does.StartWith("kubelint: "));
            Assert.That(run.Error + run.Out, Does.Not.Contain("   at "));
        });
    }

    [Test]
    public void A_bare_path_lints_without_the_verb()
    {
        using var dir = new TempDirectory();
        dir.Write("pod.yaml", SampleManifests.PrivilegedPod());
        var run = CliRun.Invoke([dir.Path]);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Out, Does.Contain("KL3001"));
        });
    }

    [Test]
    public void Stdin_is_read_once_and_reported_under_the_given_name()
    {
        var run = CliRun.Invoke(["lint", "-", "--stdin-filename", "rendered.yaml"], stdin: SampleManifests.PrivilegedPod());
        Assert.That(run.Out, Does.Contain("rendered.yaml:12:9: error KL3001"));
        Assert.That(CliRun.Invoke(["lint", "-"], stdin: SampleManifests.PrivilegedPod()).Out, Does.Contain("-:12:9: error KL3001"));
    }

    [Test]
    public void Several_formats_go_to_their_own_outputs()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("pod.yaml", SampleManifests.PrivilegedPod());
        var json = Path.Combine(dir.Path, "report.json");
        var run = CliRun.Invoke(["lint", file, "--format", "json", "--output", json, "--format", "text"]);
        using var document = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Multiple(() =>
        {
            Assert.That(run.Out, Does.Contain("error KL3001"));
            var ruleIds = document.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString());
            Assert.That(ruleIds, Does.Contain("KL3001"));
            Assert.That(document.RootElement.GetProperty("summary").GetProperty("findings").GetInt32(), Is.EqualTo(2));
        });
    }

    [Test]
    public void Two_formats_on_standard_output_is_a_usage_error() =>
        Assert.That(CliRun.Invoke(["lint", ".", "--format", "json", "--format", "text"]).ExitCode, Is.EqualTo(2));

    [Test]
    public void An_output_to_a_device_is_written_to_it_not_replaced_by_a_file()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("pod.yaml", SampleManifests.PrivilegedPod());
        string Kind() => File.Exists("/dev/null") ? System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stat", "-c %F /dev/null") { RedirectStandardOutput = true })!.StandardOutput.ReadToEnd().Trim() : "missing";
        var before = Kind();

        var run = CliRun.Invoke(["lint", file, "--format", "json", "--output", "/dev/null"]);
        var after = Kind();
        if (after != before && before == "character special file" && Environment.UserName == "root")
        {
            // Mend the machine before failing: a rename over /dev/null leaves a regular file every later process writes into.
            File.Delete("/dev/null");
            System.Diagnostics.Process.Start("mknod", "-m 666 /dev/null c 1 3")!.WaitForExit();
        }

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(after, Is.EqualTo(before));
            Assert.That(File.Exists("/dev/null.kubelint-partial"), Is.False);
        });
    }

    [Test]
    public void An_unwritable_output_exits_2_with_a_message()
    {
        using var dir = new TempDirectory();
        var run = CliRun.Invoke(["lint", dir.Write("pod.yaml", SampleManifests.HardenedPod()), "-f", "json", "-o", dir.Path]);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Error, Does.StartWith($"kubelint: cannot write {dir.Path}"));
        });
    }

    [Test]
    public void Colour_only_on_a_terminal_and_never_with_no_color()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("pod.yaml", SampleManifests.PrivilegedPod());
        Assert.Multiple(() =>
        {
            Assert.That(CliRun.Invoke(["lint", file], terminal: true).Out, Does.Contain("\u001b["));
            Assert.That(CliRun.Invoke(["lint", file], terminal: false).Out, Does.Not.Contain("\u001b["));
            Assert.That(CliRun.Invoke(["lint", file], terminal: true, environment: new() { ["NO_COLOR"] = "1" }).Out, Does.Not.Contain("\u001b["));
            Assert.That(CliRun.Invoke(["lint", file, "--color", "always"]).Out, Does.Contain("\u001b["));
        });
    }

    [Test]
    public void Help_shows_examples_and_exit_codes()
    {
        var run = CliRun.Invoke(["--help"]);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(0));
            Assert.That(run.Out, Does.Contain("helm template shop ./chart | kubelint lint -"));
            Assert.That(run.Out, Does.Contain("Exit codes:"));
            Assert.That(CliRun.Invoke(["lint", "--help"]).Out, Does.Contain("Examples:"));
        });
    }

    [Test]
    public void No_arguments_shows_help_and_exits_2()
    {
        var run = CliRun.Invoke([]);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Out, Does.Contain("Usage:"));
        });
    }

    [Test]
    public void Version_prints_the_semantic_version()
    {
        var run = CliRun.Invoke(["--version"]);
        Assert.That(run.Out.Trim(), Does.Match(@"^\d+\.\d+\.\d+"));
    }

    [Test]
    public void Rules_lists_every_rule_and_explain_prints_its_docs()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CliRun.Invoke(["rules"]).Out, Does.Contain("KL3001  privileged-container"));
            Assert.That(CliRun.Invoke(["rules", "--format", "markdown"]).Out, Does.Contain("| [KL3001](docs/rules/KL3001.md)"));
            Assert.That(JsonDocument.Parse(CliRun.Invoke(["rules", "--format", "json"]).Out).RootElement.GetArrayLength(), Is.EqualTo(KubeLint.Rules.BuiltInRules.All.Count));
            Assert.That(CliRun.Invoke(["explain", "privileged-container"]).Out, Does.StartWith("# KL3001 privileged-container"));
            Assert.That(CliRun.Invoke(["explain", "kl3101"]).Out, Does.Contain("## How to fix"));
            Assert.That(CliRun.Invoke(["explain", "nope"]).ExitCode, Is.EqualTo(2));
        });
    }
}
