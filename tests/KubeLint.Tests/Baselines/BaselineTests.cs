using KubeLint.Linting;
using KubeLint.Linting.Baselines;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Baselines;

[NonParallelizable]
public class BaselineTests
{
    private static readonly string Pods = string.Join("\n---\n", SampleManifests.PrivilegedPod("a"), SampleManifests.PrivilegedPod("b"));

    private static LintResult LintText(string text, Baseline? baseline = null) =>
        new Linter().Lint(new LintRequest { Texts = [new SourceText("pods.yaml", text)], UseConfigFiles = false, Baseline = baseline });

    private static Baseline RoundTrip(Baseline baseline)
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "baseline.json");
        using (var writer = new StreamWriter(path))
        {
            baseline.Write(writer);
        }

        var (loaded, error) = Baseline.Load(path);
        Assert.That(error, Is.Null);
        return loaded!;
    }

    [Test]
    public void A_baseline_of_a_run_accepts_every_finding_of_the_same_run()
    {
        var first = LintText(Pods);
        var baseline = RoundTrip(Baseline.From(first));

        var again = LintText(Pods, baseline);

        Assert.Multiple(() =>
        {
            Assert.That(first.Findings, Has.Count.EqualTo(4));
            Assert.That(baseline.Entries, Has.Count.EqualTo(4));
            Assert.That(again.Findings, Is.Empty);
            Assert.That(again.Baseline, Is.EqualTo(new BaselineOutcome(Matched: 4, Stale: 0)));
            Assert.That(again.Summary.Findings, Is.Zero);
            Assert.That(again.HasFailingFindings, Is.False);
        });
    }

    [Test]
    public void Shifted_lines_and_reordered_documents_still_match()
    {
        var baseline = Baseline.From(LintText(Pods));
        var edited = "# a comment added on top\n\n" + string.Join("\n---\n", SampleManifests.PrivilegedPod("b"), SampleManifests.PrivilegedPod("a"));

        var result = LintText(edited, baseline);

        Assert.Multiple(() =>
        {
            Assert.That(result.Findings, Is.Empty);
            Assert.That(result.Baseline, Is.EqualTo(new BaselineOutcome(4, 0)));
        });
    }

    [Test]
    public void Only_new_findings_are_reported_and_fixed_ones_are_counted_as_stale()
    {
        var baseline = Baseline.From(LintText(Pods));
        var bFixed = SampleManifests.PrivilegedPod("b").Replace("privileged: true", "privileged: false", StringComparison.Ordinal);
        var edited = string.Join("\n---\n", SampleManifests.PrivilegedPod("a"), bFixed, SampleManifests.PrivilegedPod("c"));

        var result = LintText(edited, baseline);

        Assert.Multiple(() =>
        {
            Assert.That(result.Findings.Select(f => $"{f.RuleId} {f.Object.Name}"), Is.EqualTo(new[] { "KL3100 c", "KL3001 c" }));
            Assert.That(result.Baseline, Is.EqualTo(new BaselineOutcome(Matched: 3, Stale: 1)), "b still allows privilege escalation; only its KL3001 is gone");
        });
    }

    [Test]
    public void A_second_identical_finding_is_new_even_if_one_is_accepted()
    {
        var baseline = Baseline.From(LintText(SampleManifests.PrivilegedPod("a")));
        var duplicated = string.Join("\n---\n", SampleManifests.PrivilegedPod("a"), SampleManifests.PrivilegedPod("a"));

        var result = LintText(duplicated, baseline);

        Assert.That(result.Findings, Has.Count.EqualTo(2), "the baseline accepts as many findings as it recorded, not every copy");
    }

    [Test]
    public void The_file_key_does_not_depend_on_how_the_path_was_written_or_where_the_checkout_is()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();
        foreach (var checkout in new[] { first, second })
        {
            Directory.CreateDirectory(Path.Combine(checkout.Path, ".git"));
            checkout.Write("k8s/pods.yaml", Pods);
        }

        var baseline = Baseline.From(new Linter().Lint(new LintRequest { Paths = [Path.Combine(first.Path, "k8s")], UseConfigFiles = false }));
        var relative = CurrentDirectory.With(second.Path, () =>
            new Linter().Lint(new LintRequest { Paths = ["./k8s/pods.yaml"], UseConfigFiles = false, Baseline = baseline }));

        Assert.Multiple(() =>
        {
            Assert.That(baseline.Entries.Select(e => e.File).Distinct(), Is.EqualTo(new[] { "k8s/pods.yaml" }));
            Assert.That(relative.Findings, Is.Empty);
        });
    }

    [TestCase("{}", "is not a kubelint baseline")]
    [TestCase("{\"tool\": \"kubelint\", \"version\": 9, \"findings\": []}", "is not a kubelint baseline (version 1)")]
    [TestCase("[1, 2", "cannot read baseline")]
    public void A_file_that_is_not_a_baseline_is_refused_with_a_reason(string content, string message)
    {
        using var dir = new TempDirectory();
        var (baseline, error) = Baseline.Load(dir.Write("baseline.json", content));
        Assert.Multiple(() =>
        {
            Assert.That(baseline, Is.Null);
            Assert.That(error, Does.Contain(message));
        });
    }

    [Test]
    public void The_command_line_writes_a_baseline_then_reports_only_what_is_new()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(dir.Path, ".git"));
        var manifests = dir.Write("k8s/pods.yaml", Pods);
        var baselinePath = Path.Combine(dir.Path, ".kubelint-baseline.json");

        var write = CliRun.Invoke(["lint", manifests, "--write-baseline", baselinePath, "--color", "never"]);
        var accepted = CliRun.Invoke(["lint", manifests, "--baseline", baselinePath, "--color", "never"]);
        File.AppendAllText(manifests, "\n---\n" + SampleManifests.PrivilegedPod("c"));
        var grown = CliRun.Invoke(["lint", manifests, "--baseline", baselinePath, "--color", "never"]);

        Assert.Multiple(() =>
        {
            Assert.That(write.ExitCode, Is.EqualTo(1), "the findings are still reported while the baseline is written");
            Assert.That(write.Error, Does.Contain($"wrote 4 findings to the baseline {baselinePath}"));
            Assert.That(File.ReadAllText(baselinePath), Does.Contain("\"tool\": \"kubelint\"").And.Contain("\"file\": \"k8s/pods.yaml\""));
            Assert.That(accepted.ExitCode, Is.EqualTo(0), accepted.Out);
            Assert.That(accepted.Out, Does.Contain("4 accepted by the baseline, 0 baseline entries no longer match"));
            Assert.That(grown.ExitCode, Is.EqualTo(1));
            Assert.That(grown.Out, Does.Contain("kubelint: 2 findings (1 error, 1 warning) in 1 file, 3 objects; 4 accepted by the baseline"));
        });
    }

    [Test]
    public void The_command_line_refuses_a_missing_baseline_and_conflicting_options()
    {
        using var dir = new TempDirectory();
        var manifests = dir.Write("pods.yaml", Pods);

        var missing = CliRun.Invoke(["lint", manifests, "--baseline", Path.Combine(dir.Path, "nope.json")]);
        var both = CliRun.Invoke(["lint", manifests, "--baseline", "a.json", "--write-baseline", "b.json"]);

        Assert.Multiple(() =>
        {
            Assert.That(missing.ExitCode, Is.EqualTo(2));
            Assert.That(missing.Error, Does.Contain("cannot read baseline"));
            Assert.That(both.ExitCode, Is.EqualTo(2));
            Assert.That(both.Error, Does.Contain("cannot be combined"));
        });
    }
}
