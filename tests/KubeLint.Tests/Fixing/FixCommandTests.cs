using KubeLint.Linting.Fixing;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Fixing;

/// <summary><c>kubelint fix</c>: a diff by default, writes only with --write, and only what it linted, unchanged, in place.</summary>
public class FixCommandTests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n";

    private static CliRun Fix(string folder, params string[] args) => CurrentDirectory.With(folder, () => CliRun.Invoke(["fix", "--no-config", .. args]));

    [Test]
    public void The_default_prints_a_diff_that_patch_applies_and_writes_nothing()
    {
        if (KubeLint.Linting.Rendering.ExternalTool.Find("patch") is null)
        {
            Assert.Ignore("GNU patch is not on PATH: the diff cannot be applied with it here; skipped.");
        }

        using var dir = new TempDirectory();
        dir.Write("pod.yaml", Pod);

        var run = Fix(dir.Path, "pod.yaml");
        var patched = dir.Write("patched/pod.yaml", Pod);
        var patch = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("patch", ["-p1", "-d", Path.Combine(dir.Path, "patched")]) { RedirectStandardInput = true, RedirectStandardOutput = true });
        patch!.StandardInput.Write(run.Out);
        patch.StandardInput.Close();
        patch.WaitForExit();

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1), "fixes are pending");
            Assert.That(run.Out, Does.StartWith("--- a/pod.yaml\n+++ b/pod.yaml\n@@ -6,3 +6,10 @@\n"));
            Assert.That(File.ReadAllText(Path.Combine(dir.Path, "pod.yaml")), Is.EqualTo(Pod));
            Assert.That(run.Error, Does.Contain("3 fixes to apply in 1 file; 2 unsafe left (--unsafe applies them)"));
            Assert.That(patch.ExitCode, Is.EqualTo(0));
            Assert.That(File.ReadAllText(patched), Is.EqualTo(FileFixerTests.Fix(Pod, includeUnsafe: false)));
        });
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Write_applies_keeps_the_permissions_and_a_second_run_has_nothing_to_do()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("pod.yaml", Pod);
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);

        var write = Fix(dir.Path, "pod.yaml", "--write", "--unsafe");
        var again = Fix(dir.Path, "pod.yaml", "--unsafe");

        Assert.Multiple(() =>
        {
            Assert.That(write.ExitCode, Is.EqualTo(0), write.Error);
            Assert.That(File.ReadAllText(file), Does.Contain("readOnlyRootFilesystem: true").And.Contain("allowPrivilegeEscalation: false"));
            Assert.That(File.GetUnixFileMode(file), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead));
            Assert.That(again.Out, Is.Empty);
            Assert.That(again.ExitCode, Is.EqualTo(0));
            Assert.That(Directory.GetFiles(dir.Path, "*kubelint-fix*"), Is.Empty);
        });
    }

    [Test]
    public void A_suppressed_finding_and_one_in_the_baseline_are_not_fixed()
    {
        using var dir = new TempDirectory();
        dir.Write("suppressed.yaml", Pod.Replace("  name: web\n", "  name: web\n  annotations:\n    ignore.kubelint.io/restricted-hardening: \"hardened by the platform's admission policy\"\n", StringComparison.Ordinal));
        dir.Write("accepted.yaml", Pod);
        var baseline = Path.Combine(dir.Path, "baseline.json");
        CurrentDirectory.With(dir.Path, () => CliRun.Invoke(["lint", "--no-config", "accepted.yaml", "--write-baseline", baseline]));

        var run = Fix(dir.Path, ".", "--baseline", baseline, "--write");

        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(Path.Combine(dir.Path, "accepted.yaml")), Is.EqualTo(Pod));
            Assert.That(File.ReadAllText(Path.Combine(dir.Path, "suppressed.yaml")), Does.Not.Contain("securityContext"));
            Assert.That(run.Error, Does.Contain("0 fixes written into 0 files"));
        });
    }

    [Test]
    public void Rule_and_category_choose_the_fixes()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("pod.yaml", Pod);

        Fix(dir.Path, "pod.yaml", "--write", "--rule", "seccomp-not-set");

        Assert.That(File.ReadAllText(file), Is.EqualTo(Pod + "      securityContext:\n        seccompProfile:\n          type: RuntimeDefault\n"));
    }

    [Test]
    public void A_file_that_changed_since_it_was_read_a_link_and_a_file_outside_the_paths_are_not_written()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("pod.yaml", Pod);
        var change = new FileChange(file, Pod, Pod + "# fixed\n", 1);
        var link = Path.Combine(dir.Path, "link.yaml");
        File.CreateSymbolicLink(link, file);

        Assert.Multiple(() =>
        {
            Assert.That(FixWriter.Write(change with { Original = Pod + "# other\n" }, [dir.Path]), Does.Contain("changed since it was read"));
            Assert.That(FixWriter.Write(change with { File = link }, [dir.Path]), Does.Contain("symbolic link"));
            Assert.That(FixWriter.Write(change, [Path.Combine(dir.Path, "elsewhere")]), Does.Contain("outside the paths given"));
            Assert.That(File.ReadAllText(file), Is.EqualTo(Pod));
            Assert.That(FixWriter.Write(change, [dir.Path]), Is.Null);
            Assert.That(File.ReadAllText(file), Is.EqualTo(Pod + "# fixed\n"));
        });
    }

    [Test]
    public void A_byte_order_mark_is_kept()
    {
        using var dir = new TempDirectory();
        var file = dir.WriteBytes("pod.yaml", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Pod)]);

        Fix(dir.Path, "pod.yaml", "--write");

        Assert.That(File.ReadAllBytes(file).Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
    }

    [Test]
    public void SARIF_carries_each_findings_fix_as_replacements_an_editor_can_apply()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("pod.yaml", Pod);
        CurrentDirectory.With(dir.Path, () => CliRun.Invoke(["lint", "--no-config", "pod.yaml", "--format", "sarif", "--output", "report.sarif"]));
        var result = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(dir.Path, "report.sarif")))!["runs"]![0]!["results"]!.AsArray()
            .Single(r => (string)r!["ruleId"]! == "KL3100")!;
        var safe = result["fixes"]![0]!;
        var lines = Pod.Split('\n').ToList();
        foreach (var replacement in safe["artifactChanges"]![0]!["replacements"]!.AsArray().Reverse())
        {
            var region = replacement!["deletedRegion"]!;
            Assert.That((int)region["startLine"]! == (int)region["endLine"]! && (int)region["startColumn"]! == (int)region["endColumn"]!, "an insertion");
            var line = (int)region["startLine"]! - 1;
            lines[line] = lines[line].Insert((int)region["startColumn"]! - 1, (string)replacement["insertedContent"]!["text"]!);
        }

        File.WriteAllText(file, string.Join('\n', lines));

        Assert.Multiple(() =>
        {
            Assert.That((string)safe["description"]!["text"]!, Does.StartWith("Set securityContext."));
            Assert.That((string)result["fixes"]![1]!["description"]!["text"]!, Does.Contain("unsafe"));
            Assert.That(Fix(dir.Path, "pod.yaml").Out, Is.Empty, "nothing safe is left to fix");
        });
    }

    [Test]
    public void The_readme_shows_what_fix_prints_for_the_sample()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var section = readme[readme.IndexOf("## Fixing findings", StringComparison.Ordinal)..];
        var start = section.IndexOf("```diff\n", StringComparison.Ordinal) + "```diff\n".Length;
        var shown = section[start..section.IndexOf("```", start, StringComparison.Ordinal)];

        var run = CurrentDirectory.With(RepositoryPaths.Root, () => CliRun.Invoke(["fix", "samples/manifests/insecure/storefront.yaml"]));

        Assert.That(run.Out, Is.EqualTo(shown));
    }

    [Test]
    public void A_report_format_is_a_usage_error_that_points_at_lint()
    {
        var run = CliRun.Invoke(["fix", ".", "--format", "sarif"]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Error, Does.Contain("kubelint lint --format sarif"));
        });
    }

    [Test]
    public void A_file_reached_through_a_linked_folder_outside_is_not_written_and_a_hostile_comment_is_escaped_in_the_diff()
    {
        using var outside = new TempDirectory();
        var target = outside.Write("pod.yaml", Pod);
        using var dir = new TempDirectory();
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "linked"), outside.Path);
        dir.Write("pod.yaml", Pod.Replace("    - name: web\n", "    # \u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007\n    # ::error file=x::forged\n    - name: web\n", StringComparison.Ordinal));

        var refused = FixWriter.Write(new FileChange(Path.Combine(dir.Path, "linked", "pod.yaml"), Pod, Pod + "# fixed\n", 1), [dir.Path]);
        var run = Fix(dir.Path, "pod.yaml");

        Assert.Multiple(() =>
        {
            Assert.That(refused, Does.Contain("outside the paths given"));
            Assert.That(File.ReadAllText(target), Is.EqualTo(Pod));
            Assert.That(run.Out, Does.Contain("+      securityContext:").And.Contain("::error file=x::forged"), "the diff shows the comment as context");
            Assert.That(run.Out, Does.Not.Contain("\u001b").And.Not.Contain("\u0007"));
            Assert.That(run.Out.Split('\n'), Has.None.StartWith("::"), "every diff line starts with a space, + or -");
        });
    }
}
