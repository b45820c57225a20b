using System.Diagnostics;
using System.Runtime.Versioning;
using KubeLint.Linting;
using KubeLint.Linting.Rendering;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Linting;

/// <summary>What the file system can throw at a run: links out of the tree, loops, special files, unreadable files.</summary>
public class FileSystemTests
{
    private static LintResult LintPaths(params string[] paths) =>
        new Linter().Lint(new LintRequest { Paths = paths, UseConfigFiles = false, Render = new RenderOptions { Enabled = false } });

    private static string[] Linted(LintResult result) => [.. result.Objects.Select(o => o.Ref.Name).Order(StringComparer.Ordinal)];

    [Test]
    public void Symbolic_links_out_of_the_given_root_are_not_followed()
    {
        using var outside = new TempDirectory();
        using var root = new TempDirectory();
        outside.Write("secret/pod.yaml", SampleManifests.PrivilegedPod("outside"));
        root.Write("pod.yaml", SampleManifests.PrivilegedPod("inside"));
        File.CreateSymbolicLink(Path.Combine(root.Path, "linked-dir"), Path.Combine(outside.Path, "secret"));
        File.CreateSymbolicLink(Path.Combine(root.Path, "linked.yaml"), Path.Combine(outside.Path, "secret", "pod.yaml"));

        Assert.That(Linted(LintPaths(root.Path)), Is.EqualTo(new[] { "inside" }));
    }

    [Test]
    public void Symbolic_links_inside_the_root_are_followed_once_and_loops_end()
    {
        using var root = new TempDirectory();
        root.Write("apps/pod.yaml", SampleManifests.PrivilegedPod("app"));
        File.CreateSymbolicLink(Path.Combine(root.Path, "apps", "loop"), root.Path);
        File.CreateSymbolicLink(Path.Combine(root.Path, "alias"), Path.Combine(root.Path, "apps"));

        var watch = Stopwatch.StartNew();
        var result = LintPaths(root.Path);

        Assert.Multiple(() =>
        {
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)), "a loop must not be walked forever");
            Assert.That(Linted(result), Is.EqualTo(new[] { "app" }), "each real folder is walked once");
            Assert.That(result.Errors, Is.Empty);
        });
    }

    [Test]
    public void Hidden_folders_and_files_are_linted_and_a_root_given_through_a_link_is_walked_once_with_its_aliases()
    {
        // kubectl apply -R deploys what a dot-folder holds, so a stranger cannot hide a pod there; and
        // a folder reached through a link to the root and through an alias deeper down is one folder.
        using var real = new TempDirectory();
        real.Write(".hidden/pod.yaml", SampleManifests.PrivilegedPod("hidden"));
        real.Write("deploy/apps/.pod.yaml", SampleManifests.PrivilegedPod("dotfile"));
        File.CreateSymbolicLink(Path.Combine(real.Path, "deploy", "a-alias"), Path.Combine(real.Path, "deploy", "apps"));
        using var links = new TempDirectory();
        var root = Path.Combine(links.Path, "repo");
        File.CreateSymbolicLink(root, real.Path);

        var result = LintPaths(root);

        Assert.Multiple(() =>
        {
            Assert.That(Linted(result), Is.EqualTo(new[] { "dotfile", "hidden" }));
            Assert.That(result.Errors, Is.Empty);
        });
    }

    [Test]
    public void A_named_pipe_found_in_a_folder_is_skipped_without_blocking()
    {
        using var root = new TempDirectory();
        root.Write("pod.yaml", SampleManifests.PrivilegedPod("real"));
        var fifo = Path.Combine(root.Path, "pipe.yaml");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
            Assume.That(mkfifo.ExitCode, Is.Zero, "mkfifo is not available");
        }

        var lint = Task.Run(() => LintPaths(root.Path));
        Assert.That(lint.Wait(TimeSpan.FromSeconds(30)), Is.True, "the run blocked on a pipe nobody writes to");
        Assert.Multiple(() =>
        {
            Assert.That(Linted(lint.Result), Is.EqualTo(new[] { "real" }));
            Assert.That(lint.Result.Errors, Is.Empty);
        });
    }

    [Test]
    public void An_endless_device_named_explicitly_stops_at_the_size_limit()
    {
        Assume.That(File.Exists("/dev/zero"), "/dev/zero is not available");
        var result = new Linter().Lint(new LintRequest { Paths = ["/dev/zero"], MaxFileBytes = 1024 * 1024, UseConfigFiles = false });
        Assert.That(result.Errors.Single().Message, Is.EqualTo("file is larger than 1 MiB (the --max-file-size limit); not linted"));
    }

    [Test]
    public void A_file_that_cannot_be_read_is_an_error_and_the_others_are_linted()
    {
        using var root = new TempDirectory();
        var good = root.Write("good.yaml", SampleManifests.PrivilegedPod("good"));
        // /proc/self/mem is unreadable at offset 0 even for root, unlike a chmod 000 file.
        Assume.That(File.Exists("/proc/self/mem"), "/proc/self/mem is not available");

        var result = LintPaths("/proc/self/mem", good);

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors.Single().File, Is.EqualTo("/proc/self/mem"));
            Assert.That(result.Errors.Single().Message, Does.StartWith("cannot read file"));
            Assert.That(Linted(result), Is.EqualTo(new[] { "good" }));
        });
    }

    [Test]
    [UnsupportedOSPlatform("windows")]
    public void A_folder_that_cannot_be_listed_is_an_error_and_the_others_are_linted()
    {
        Assume.That(Environment.UserName, Is.Not.EqualTo("root"), "root can list any folder: this test needs an ordinary user");
        using var root = new TempDirectory();
        root.Write("good/pod.yaml", SampleManifests.PrivilegedPod("good"));
        var locked = Path.Combine(root.Path, "locked");
        root.Write("locked/pod.yaml", SampleManifests.PrivilegedPod("locked"));
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var result = LintPaths(root.Path);
            Assert.Multiple(() =>
            {
                Assert.That(result.Errors.Single().Message, Does.StartWith("cannot read directory"));
                Assert.That(Linted(result), Is.EqualTo(new[] { "good" }));
            });
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [TestCase("1KiB", 1)]
    [TestCase("64MiB", 0)]
    public void The_file_size_limit_is_set_on_the_command_line(string limit, int errors)
    {
        using var root = new TempDirectory();
        var file = root.Write("big.yaml", SampleManifests.HardenedPod() + "\n# " + new string('x', 2000) + "\n");

        var run = CliRun.Invoke(["lint", file, "--max-file-size", limit, "--no-config", "-f", "json"]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(errors));
            Assert.That(run.Out, errors == 0 ? Does.Not.Contain("larger than") : Does.Contain("file is larger than 1 KiB (the --max-file-size limit); not linted"));
        });
    }

    [Test]
    public void A_bad_size_is_a_usage_error_and_standard_input_obeys_the_limit()
    {
        var bad = CliRun.Invoke(["lint", ".", "--max-file-size", "lots"]);
        var stdin = CliRun.Invoke(["lint", "-", "--max-file-size", "1KiB", "--no-config", "--stdin-filename", "piped.yaml"], stdin: new string('#', 5000));

        Assert.Multiple(() =>
        {
            Assert.That(bad.ExitCode, Is.EqualTo(2));
            Assert.That(bad.Error, Does.Contain("--max-file-size takes a size such as 64MiB"));
            Assert.That(stdin.ExitCode, Is.EqualTo(1));
            Assert.That(stdin.Out, Does.Contain("piped.yaml: error standard input is larger than 1 KiB"));
        });
    }
}
