using KubeLint.Tests.Support;

namespace KubeLint.Tests.CustomChecks;

/// <summary>samples/custom-checks: the organisational checks of the issue, their fire and ok manifests, and the CLI around them.</summary>
public class CustomChecksSampleTests
{
    private static string Folder => Path.Combine(RepositoryPaths.Samples, "custom-checks");

    private static CliRun Run(params string[] args) => CurrentDirectory.With(Folder, () => CliRun.Invoke([.. args]));

    [Test]
    public void The_sample_checks_report_what_the_golden_file_shows_and_nothing_on_the_fixed_manifests()
    {
        var run = Run("lint", ".", "--color", "never");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Error, Is.Empty);
            Assert.That(run.Out.Split('\n').Where(line => line.StartsWith("./ok.yaml", StringComparison.Ordinal) && line.Contains(" ACME-", StringComparison.Ordinal)), Is.Empty);
            foreach (var id in Enumerable.Range(1, 11).Select(n => $"ACME-{n:000}"))
            {
                Assert.That(run.Out.Split('\n').Where(line => line.StartsWith("./fire.yaml:", StringComparison.Ordinal) && line.Contains($" {id} ", StringComparison.Ordinal)), Is.Not.Empty, id);
            }
        });
        Golden.Verify(Path.Combine(RepositoryPaths.TestData, "CustomChecks", "Golden", "custom-checks.txt"), run.Out);
    }

    [Test]
    public void Rules_and_explain_show_the_configurations_checks()
    {
        var rules = Run("rules");
        var json = Run("rules", "--format", "json");
        var explain = Run("explain", "container-runs-as-app-user");
        var builtInOnly = Run("rules", "--no-config");

        Assert.Multiple(() =>
        {
            Assert.That(rules.Out, Does.Contain("ACME-011  container-runs-as-app-user").And.Contain("KL3001"));
            Assert.That(json.Out, Does.Contain("\"id\": \"ACME-001\""));
            Assert.That(explain.ExitCode, Is.EqualTo(0));
            Assert.That(explain.Out, Does.StartWith("# ACME-011 container-runs-as-app-user").And.Contain("Ids below 10000"));
            Assert.That(builtInOnly.Out, Does.Not.Contain("ACME-"));
        });
    }

    [Test]
    public void A_broken_configuration_stops_rules_with_its_position()
    {
        using var dir = new TempDirectory();
        var config = dir.Write("bad.yaml", "checks:\n  - id: X\n    use: nope\n");

        var run = CliRun.Invoke(["rules", "--config", config]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Error, Does.Contain("bad.yaml:3:10: no ready-made check 'nope'"));
        });
    }

    [Test]
    public void Rule_and_disable_name_checks_and_an_unknown_one_is_a_usage_error_after_configurations_are_read()
    {
        var only = Run("lint", ".", "--rule", "ACME-001", "--disable", "custom", "--color", "never");
        var unknown = Run("lint", ".", "--rule", "ACME-999");

        Assert.Multiple(() =>
        {
            Assert.That(only.Out, Does.Contain(" ACME-001 ").And.Not.Contain(" ACME-002 "));
            Assert.That(unknown.ExitCode, Is.EqualTo(2));
            Assert.That(unknown.Error, Does.Contain("no rule, check or category 'ACME-999'; did you mean 'ACME-009'?"));
        });
    }

    [Test]
    public void A_baseline_accepts_check_findings_and_fail_on_weighs_their_severity()
    {
        using var dir = new TempDirectory();
        var baseline = Path.Combine(dir.Path, "baseline.json");
        var written = Run("lint", ".", "--write-baseline", baseline);
        var again = Run("lint", ".", "--baseline", baseline, "--color", "never");
        var errorsOnly = Run("lint", "fire.yaml", "--disable", "pod-security", "--disable", "service-account-token", "--disable", "ACME-001", "--disable", "ACME-005", "--disable", "ACME-008", "--disable", "ACME-011", "--fail-on", "error");

        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(baseline), Does.Contain("ACME-001"));
            Assert.That(again.ExitCode, Is.EqualTo(0), again.Out);
            Assert.That(errorsOnly.Out, Does.Contain(" warning ACME-"));
            Assert.That(errorsOnly.ExitCode, Is.EqualTo(0), "warnings of checks do not fail a run that fails on errors");
        });
    }
}
