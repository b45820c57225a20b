using KubeLint.Linting;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.CustomChecks;

/// <summary>Checks in configuration files: includes stay inside the configuration's repository, and one id is one check per run.</summary>
public class CheckFilesTests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx\n";

    private static TempDirectory Repository()
    {
        var dir = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(dir.Path, ".git"));
        return dir;
    }

    private static LintResult LintPaths(params string[] paths) => new Linter().Lint(new LintRequest { Paths = paths });

    [Test]
    public void Checks_come_from_the_files_the_configuration_includes()
    {
        using var repo = Repository();
        repo.Write(".kubelint.yaml", "checks:\n  - include: policy/checks.yaml\n");
        repo.Write("policy/checks.yaml", "checks:\n  - id: ORG-1\n    use: no-latest-tag\n");
        repo.Write("pod.yaml", Pod);

        var result = LintPaths(repo.Path);

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Is.Empty);
            Assert.That(result.Findings.Select(f => f.RuleId), Does.Contain("ORG-1"));
            Assert.That(result.Rules.Select(r => r.Id), Does.Contain("ORG-1"));
        });
    }

    [TestCase("../outside.yaml")]
    [TestCase("/etc/passwd")]
    [TestCase("link/checks.yaml")]
    public void An_include_outside_the_configurations_repository_is_refused(string include)
    {
        using var outer = new TempDirectory();
        outer.Write("outside.yaml", "checks:\n  - id: ORG-1\n    use: no-latest-tag\n");
        Directory.CreateDirectory(Path.Combine(outer.Path, "repo", ".git"));
        Directory.CreateSymbolicLink(Path.Combine(outer.Path, "repo", "link"), outer.Path);
        outer.Write("checks.yaml", "checks:\n  - id: ORG-1\n    use: no-latest-tag\n");
        outer.Write("repo/.kubelint.yaml", $"checks:\n  - include: {include}\n");
        var pod = outer.Write("repo/pod.yaml", Pod);

        var result = LintPaths(pod);

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors.Select(e => $"{e.Line}:{e.Column} {e.Message}"), Has.Some.StartsWith("2:14 include").And.Some.Contains("inside the configuration's repository"));
            Assert.That(result.Findings.Select(f => f.RuleId), Does.Not.Contain("ORG-1"));
        });
    }

    [Test]
    public void An_included_file_cannot_include_another()
    {
        using var repo = Repository();
        repo.Write(".kubelint.yaml", "checks:\n  - include: a.yaml\n");
        repo.Write("a.yaml", "checks:\n  - include: b.yaml\n");
        repo.Write("b.yaml", "checks: []\n");
        repo.Write("pod.yaml", Pod);

        Assert.That(LintPaths(repo.Path).Errors.Select(e => $"{Path.GetFileName(e.File)}:{e.Line}:{e.Column} {e.Message}"), Has.Some.EqualTo("a.yaml:2:14 an included file cannot include others"));
    }

    [Test]
    public void Two_configurations_may_share_a_check_file_but_not_redefine_an_id()
    {
        using var repo = Repository();
        repo.Write("policy/checks.yaml", "checks:\n  - id: ORG-1\n    use: no-latest-tag\n");
        repo.Write("a/.kubelint.yaml", "checks:\n  - include: ../policy/checks.yaml\n");
        repo.Write(".kubelint.yaml", "checks:\n  - include: policy/checks.yaml\n");
        repo.Write("z/.kubelint.yaml", "checks:\n  - id: ORG-1\n    use: required-labels\n    with: {labels: [owner]}\n");
        repo.Write("a/pod.yaml", Pod);
        repo.Write("pod.yaml", Pod);
        repo.Write("z/pod.yaml", Pod);

        var result = LintPaths(repo.Path);
        var org = result.Findings.Where(f => f.RuleId == "ORG-1").Select(f => f.Location.File.Replace('\\', '/')).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors.Select(e => e.Message), Has.Exactly(1).Items.And.One.Contains("check ORG-1 (required-labels) is also declared, differently"));
            Assert.That(org, Has.Length.EqualTo(2).And.Some.EndsWith("/a/pod.yaml").And.None.Contains("/z/"));
            Assert.That(result.Rules.Count(r => r.Id == "ORG-1"), Is.EqualTo(1));
        });
    }

    [Test]
    public void A_check_runs_only_on_the_files_its_configuration_governs()
    {
        using var repo = Repository();
        repo.Write("team/.kubelint.yaml", "checks:\n  - id: ORG-1\n    use: no-latest-tag\n");
        repo.Write("team/pod.yaml", Pod);
        repo.Write("other/pod.yaml", Pod);

        var files = LintPaths(repo.Path).Findings.Where(f => f.RuleId == "ORG-1").Select(f => f.Location.File.Replace('\\', '/')).ToArray();

        Assert.That(files, Is.EqualTo(new[] { Path.Combine(repo.Path, "team/pod.yaml").Replace('\\', '/') }).Or.All.EndsWith("team/pod.yaml"));
    }

    [Test]
    public void With_untrusted_the_repositorys_checks_are_not_read_and_a_named_configuration_brings_its_own()
    {
        using var repo = Repository();
        repo.Write(".kubelint.yaml", "checks:\n  - id: ORG-1\n    use: no-latest-tag\n");
        var pod = repo.Write("pod.yaml", Pod);
        using var ci = new TempDirectory();
        var named = ci.Write("kubelint.yaml", "checks:\n  - id: CI-1\n    use: allowed-registries\n    with: {registries: [registry.example.com]}\n");

        var untrusted = new Linter().Lint(new LintRequest { Paths = [pod], Untrusted = true, ConfigPath = named });

        Assert.That(untrusted.Findings.Select(f => f.RuleId).Where(id => !id.StartsWith("KL", StringComparison.Ordinal)), Is.EqualTo(new[] { "CI-1" }));
    }
}
