using KubeLint.Tests.Support;

namespace KubeLint.Tests.Untrusted;

/// <summary>With --untrusted, a pull request cannot weaken the gate it is checked by.</summary>
[NonParallelizable]
public class UntrustedConfigurationTests
{
    private static TempDirectory PullRequest()
    {
        var dir = new TempDirectory();
        dir.Write(".kubelint.yaml", "exclude: [\"**\"]\n");
        dir.Write("deploy/.kubelint.yaml", "rules:\n  disable: [pod-security, rbac, service-account-token]\n  severity: {privileged-container: note}\nfailOn: error\nignore:\n  - {kind: Pod, name: \"*\", rules: [KL3001], reason: trust me}\n");
        dir.Write("deploy/pod.yaml", SampleManifests.PrivilegedPod().Replace("metadata:\n", "metadata:\n  annotations: {ignore.kubelint.io/privileged-container: \"approved\"}\n", StringComparison.Ordinal));
        return dir;
    }

    [Test]
    public void In_tree_configuration_and_annotations_silence_the_pod_without_the_switch()
    {
        using var dir = PullRequest();
        var run = CurrentDirectory.With(dir.Path, () => CliRun.Invoke(["lint", ".", "--strict"]));
        Assert.That(run.ExitCode, Is.Zero, run.Out);
    }

    [Test]
    public void With_untrusted_only_the_command_line_configuration_applies()
    {
        using var dir = PullRequest();
        using var baseBranch = new TempDirectory();
        var config = baseBranch.Write("kubelint.yaml", "failOn: error\n");

        var run = CurrentDirectory.With(dir.Path, () => CliRun.Invoke(["lint", ".", "--untrusted", "--config", config]));

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Out, Does.Contain("error KL3001 privileged-container"));
        });
    }

    [Test]
    public void With_untrusted_a_gitignore_skips_only_what_git_says_is_untracked()
    {
        using var dir = new TempDirectory();
        dir.Write("deploy/.gitignore", "evil.yaml\n");
        dir.Write("deploy/evil.yaml", SampleManifests.PrivilegedPod());

        var trusted = CurrentDirectory.With(dir.Path, () => CliRun.Invoke(["lint", "."]));
        var untrusted = CurrentDirectory.With(dir.Path, () => CliRun.Invoke(["lint", ".", "--untrusted"]));

        Assert.Multiple(() =>
        {
            Assert.That(trusted.Out, Does.Not.Contain("KL3001"), "outside a repository, .gitignore decides");
            Assert.That(untrusted.Out, Does.Contain("KL3001"));
        });
    }
}
