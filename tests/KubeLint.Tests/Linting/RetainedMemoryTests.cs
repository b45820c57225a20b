using KubeLint.Linting;
using KubeLint.Rules;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Linting;

/// <summary>What a run keeps until its end grows with its findings, so equal strings are kept once.</summary>
public class RetainedMemoryTests
{
    [Test]
    public void Findings_in_different_files_share_one_copy_of_an_equal_path_message_container_and_fix_target()
    {
        using var dir = new TempDirectory();
        dir.Write("a.yaml", SampleManifests.PrivilegedPod("same"));
        dir.Write("b.yaml", SampleManifests.PrivilegedPod("same"));
        var result = new Linter().Lint(new LintRequest { Paths = [dir.Path], MaxDegreeOfParallelism = 2 });

        var privileged = result.Findings.Where(f => f.RuleId == RuleIds.PrivilegedContainer).ToArray();
        Assert.That(privileged, Has.Length.EqualTo(2));
        var (a, b) = (privileged[0], privileged[1]);
        Assert.Multiple(() =>
        {
            Assert.That(a.Location.File, Is.Not.EqualTo(b.Location.File));
            Assert.That(ReferenceEquals(a.Path, b.Path), Is.True, "path");
            Assert.That(ReferenceEquals(a.Message, b.Message), Is.True, "message");
            Assert.That(ReferenceEquals(a.Container, b.Container), Is.True, "container");
            Assert.That(a.Fixes, Is.Not.Empty);
            Assert.That(ReferenceEquals(a.Fixes[0].Target, b.Fixes[0].Target), Is.True, "fix target");
        });
    }
}
