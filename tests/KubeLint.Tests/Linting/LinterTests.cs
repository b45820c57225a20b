using System.Text;
using KubeLint.Linting;
using KubeLint.Linting.Rendering;
using KubeLint.Reporting;
using KubeLint.Rules;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Linting;

public class LinterTests
{
    [Test]
    public void The_path_dash_reads_standard_input_within_the_size_limit_and_counts_an_oversized_one_as_an_error()
    {
        var pod = SampleManifests.PrivilegedPod();
        var linter = new Linter();

        var read = linter.Lint(new LintRequest { Paths = ["-"], StandardInput = new StringReader(pod), StandardInputName = "piped.yaml" });
        var tooLarge = linter.Lint(new LintRequest { Paths = ["-"], StandardInput = new StringReader(pod), MaxFileBytes = 16 });

        Assert.Multiple(() =>
        {
            Assert.That(read.Findings.Select(f => f.Location.File).Distinct(), Is.EqualTo(new[] { "piped.yaml" }));
            Assert.That(read.Findings.Select(f => f.RuleId), Does.Contain("KL3001"));
            Assert.That(tooLarge.Errors.Single().Message, Does.StartWith("standard input is larger than"));
            Assert.That(tooLarge.Summary.Errors, Is.EqualTo(1), "the error is counted where it is made, not patched in by the caller");
        });
    }

    [Test]
    public void A_broken_file_is_an_error_and_every_other_file_is_still_linted()
    {
        using var dir = new TempDirectory();
        dir.Write("a-broken.yaml", "a: [1,\n");
        dir.Write("b-bad.yaml", SampleManifests.PrivilegedPod());
        var result = new Linter().Lint(new LintRequest { Paths = [dir.Path] });
        Assert.Multiple(() =>
        {
            Assert.That(result.Errors.Single().File, Does.EndWith("a-broken.yaml"));
            Assert.That(result.Findings.Select(f => f.RuleId), Does.Contain(RuleIds.PrivilegedContainer));
            Assert.That(result.Summary.Files, Is.EqualTo(2));
        });
    }

    [Test]
    public void Display_paths_keep_the_form_the_user_gave()
    {
        using var dir = new TempDirectory();
        dir.Write("deploy/pod.yaml", SampleManifests.PrivilegedPod());
        var previous = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = dir.Path;
            var result = new Linter().Lint(new LintRequest { Paths = ["deploy/"] });
            var direct = new Linter().Lint(new LintRequest { Paths = ["./deploy/pod.yaml"] });
            Assert.Multiple(() =>
            {
                Assert.That(result.Findings[0].Location.File, Is.EqualTo("deploy/pod.yaml"));
                Assert.That(direct.Findings[0].Location.File, Is.EqualTo("./deploy/pod.yaml"));
            });
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    [Test]
    public void Output_is_identical_at_every_degree_of_parallelism_and_sorted()
    {
        using var dir = new TempDirectory();
        var padding = new string('#', 40_000);
        for (var i = 0; i < 40; i++)
        {
            dir.Write($"f{i:D2}.yaml", $"# {padding}\n" + SampleManifests.PrivilegedPod($"p{i}") + "\n---\n" + SampleManifests.HardenedPod($"g{i}"));
        }

        string Json(int jobs)
        {
            var result = new Linter().Lint(new LintRequest { Paths = [dir.Path], MaxDegreeOfParallelism = jobs });
            var writer = new StringWriter();
            new JsonReportWriter(new ReportOptions(dir.Path)).Write(result, writer);
            return writer.ToString();
        }

        var sequential = Json(1);
        Assert.Multiple(() =>
        {
            Assert.That(Json(2), Is.EqualTo(sequential));
            Assert.That(Json(8), Is.EqualTo(sequential));
        });
    }

    [Test]
    public void Cross_object_facts_join_across_files()
    {
        using var dir = new TempDirectory();
        dir.Write("sa.yaml", "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: web, namespace: shop}\nautomountServiceAccountToken: false\n");
        dir.Write("deploy.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: shop}\nspec:\n  serviceAccountName: web\n  containers: [{name: a, image: a}]\n");
        var together = new Linter().Lint(new LintRequest { Paths = [dir.Path] });
        var alone = new Linter().Lint(new LintRequest { Paths = [Path.Combine(dir.Path, "deploy.yaml")] });
        Assert.Multiple(() =>
        {
            Assert.That(together.Findings.Where(f => f.RuleId == RuleIds.TokenAutomounted), Is.Empty);
            Assert.That(alone.Findings.Single(f => f.RuleId == RuleIds.TokenAutomounted).Severity, Is.EqualTo(Severity.Note));
        });
    }

    [Test]
    public void A_rule_that_throws_is_reported_as_an_internal_error_and_other_rules_still_run()
    {
        var linter = new Linter([new ThrowingRule(), .. BuiltInRules.All]);
        var result = linter.LintText(SampleManifests.PrivilegedPod());
        Assert.Multiple(() =>
        {
            var error = result.Errors.Single();
            Assert.That(error.IsInternalFailure, Is.True);
            Assert.That(error.Message, Does.Contain("KL9999 always-throws failed on Pod default/bad"));
            Assert.That(error.Line, Is.EqualTo(4));
            Assert.That(result.Findings.Select(f => f.RuleId), Does.Contain(RuleIds.PrivilegedContainer));
        });
    }

    [Test]
    public void A_binary_file_is_an_error_with_a_position()
    {
        using var dir = new TempDirectory();
        var bytes = new byte[3 * 1024];
        new Random(7).NextBytes(bytes);
        bytes[100] = 0;
        dir.WriteBytes("image.yaml", bytes);
        var result = new Linter().Lint(new LintRequest { Paths = [dir.Path] });
        Assert.That(result.Errors.Single().Message, Does.Contain("binary content"));
    }

    [Test]
    public void Invalid_utf8_is_reported_with_its_position_and_the_file_is_still_linted()
    {
        using var dir = new TempDirectory();
        var text = Encoding.UTF8.GetBytes(SampleManifests.PrivilegedPod() + "\n# caf");
        dir.WriteBytes("latin1.yaml", [.. text, 0xE9, (byte)'\n']);
        var result = new Linter().Lint(new LintRequest { Paths = [dir.Path] });
        Assert.Multiple(() =>
        {
            var error = result.Errors.Single();
            Assert.That(error.Message, Does.Contain("not valid UTF-8 (byte 0xE9)"));
            Assert.That(error.Line, Is.EqualTo(SampleManifests.PrivilegedPod().Split('\n').Length + 1));
            Assert.That(error.Column, Is.EqualTo(6));
            Assert.That(result.Findings.Select(f => f.RuleId), Does.Contain(RuleIds.PrivilegedContainer));
        });
    }

    [Test]
    public void Bom_and_crlf_files_lint_with_the_same_positions()
    {
        using var dir = new TempDirectory();
        var lf = SampleManifests.PrivilegedPod();
        dir.WriteBytes("crlf-bom.yaml", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(lf.Replace("\n", "\r\n", StringComparison.Ordinal))]);
        var expected = new Linter().LintText(lf).Findings.Select(f => (f.RuleId, f.Location.Start, f.Location.End.Line, f.Location.End.Column));
        var actual = new Linter().Lint(new LintRequest { Paths = [dir.Path] }).Findings.Select(f => (f.RuleId, f.Location.Start, f.Location.End.Line, f.Location.End.Column));
        Assert.That(actual.Select(a => (a.RuleId, a.Start.Line, a.Start.Column, a.Line, a.Column)), Is.EqualTo(expected.Select(e => (e.RuleId, e.Start.Line, e.Start.Column, e.Line, e.Column))));
    }

    [Test]
    public void A_file_over_the_size_limit_is_an_error()
    {
        using var dir = new TempDirectory();
        dir.Write("big.yaml", new string('#', 2048));
        var result = new Linter().Lint(new LintRequest { Paths = [dir.Path], MaxFileBytes = 1024 });
        Assert.That(result.Errors.Single().Message, Does.Contain("larger than"));
    }

    [Test]
    public void A_missing_path_is_an_error()
    {
        var result = new Linter().Lint(new LintRequest { Paths = ["/no/such/kubelint/path"] });
        Assert.That(result.Errors.Single().Message, Is.EqualTo("no such file or directory"));
    }

    [Test]
    public void Directories_skip_git_gitignored_and_non_manifest_files()
    {
        using var dir = new TempDirectory();
        dir.Write(".gitignore", "ignored/\n*.generated.yaml\n!keep.generated.yaml\n");
        dir.Write(".git/config.yaml", SampleManifests.PrivilegedPod("in-git"));
        dir.Write("ignored/a.yaml", SampleManifests.PrivilegedPod("in-ignored"));
        dir.Write("x.generated.yaml", SampleManifests.PrivilegedPod("generated"));
        dir.Write("keep.generated.yaml", SampleManifests.PrivilegedPod("kept"));
        dir.Write("notes.txt", SampleManifests.PrivilegedPod("text"));
        dir.Write("sub/pod.yml", SampleManifests.PrivilegedPod("yml"));
        dir.Write("sub/pod.json", """{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "json"}, "spec": {"automountServiceAccountToken": false, "containers": [{"name": "a", "image": "a", "securityContext": {"privileged": true}}]}}""");
        var result = new Linter().Lint(new LintRequest { Paths = [dir.Path] });
        Assert.That(result.Findings.Select(f => f.Object.Name).Distinct().Order(), Is.EqualTo(new[] { "json", "kept", "yml" }));
    }

    [Test]
    public void Unrendered_chart_templates_are_skipped_with_one_notice_per_chart()
    {
        using var dir = new TempDirectory();
        dir.Write("chart/Chart.yaml", "apiVersion: v2\nname: chart\nversion: 0.1.0\n");
        dir.Write("chart/values.yaml", "privileged: true\n");
        dir.Write("chart/templates/a.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Release.Name }}\n");
        dir.Write("chart/templates/b.yaml", "{{- if .Values.x }}\napiVersion: v1\n{{- end }}\n");
        dir.Write("chart/templates/static.yaml", SampleManifests.PrivilegedPod("static"));
        var result = new Linter().Lint(new LintRequest { Paths = [dir.Path], Render = new RenderOptions { Enabled = false } });
        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Is.Empty);
            Assert.That(result.Notices.Single().Message, Does.Contain("skipped 2 un-rendered Helm template file(s)"));
            Assert.That(result.Findings.Select(f => f.Object.Name).Distinct(), Is.EqualTo(new[] { "static" }));
        });
    }

    [Test]
    public void Linting_never_writes_to_the_files_it_reads()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("pod.yaml", SampleManifests.PrivilegedPod());
        var before = File.GetLastWriteTimeUtc(path);
        var content = File.ReadAllBytes(path);
        new Linter().Lint(new LintRequest { Paths = [dir.Path] });
        Assert.Multiple(() =>
        {
            Assert.That(File.GetLastWriteTimeUtc(path), Is.EqualTo(before));
            Assert.That(File.ReadAllBytes(path), Is.EqualTo(content));
            Assert.That(Directory.GetFiles(dir.Path, "*", SearchOption.AllDirectories), Has.Length.EqualTo(1));
        });
    }

    [Test]
    public void A_rule_of_ones_own_sees_every_container_of_every_workload_through_the_pod_view()
    {
        const string manifests = """
            apiVersion: batch/v1
            kind: CronJob
            metadata: {name: nightly}
            spec:
              schedule: "@daily"
              jobTemplate:
                spec:
                  template:
                    spec:
                      initContainers: [{name: fetch, image: docker.io/fetch:1}]
                      containers: [{name: run, image: registry.acme.example/run:1}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: debugged}
            spec:
              containers: [{name: app, image: registry.acme.example/app:1}]
              ephemeralContainers: [{name: debugger, image: docker.io/busybox:1.36, securityContext: {runAsUser: 0}}]
            """;

        var result = new Linter([new ImagesOutsideRegistry()]).LintText(manifests, "all.yaml");

        Assert.That(result.Findings.Select(f => f.Message), Is.EqualTo(new[]
        {
            "fetch (InitContainers) uses docker.io/fetch:1 as UID none",
            "debugger (EphemeralContainers) uses docker.io/busybox:1.36 as UID 0",
        }));
    }

    /// <summary>A custom rule written only against the public API, as a library user writes one.</summary>
    private sealed class ImagesOutsideRegistry : ObjectRule
    {
        public override RuleDescriptor Descriptor { get; } = new()
        {
            Id = "ACME002",
            Name = "images-outside-registry",
            Title = "Image from outside the registry",
            Category = "supply-chain",
            DefaultSeverity = Severity.Error,
            AppliesTo = ["workloads"],
            WhatItChecks = "-",
            WhyItMatters = "-",
            HowToFix = "-.",
            Example = "-",
            FixedExample = "-",
        };

        public override void Check(RuleContext context)
        {
            foreach (var container in context.Pod?.Containers ?? [])
            {
                if (container.Node.GetScalar("image") is { } image && !image.Value.StartsWith("registry.acme.example/", StringComparison.Ordinal))
                {
                    var uid = container.Effective.GetInt64("runAsUser").Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none";
                    context.Report(image, $"{container.Name} ({container.List}) uses {image.Value} as UID {uid}");
                }
            }
        }
    }

    private sealed class ThrowingRule : ObjectRule
    {
        public override RuleDescriptor Descriptor { get; } = new()
        {
            Id = "KL9999",
            Name = "always-throws",
            Title = "A rule that fails",
            Category = "test",
            DefaultSeverity = Severity.Error,
            AppliesTo = ["Pod"],
            WhatItChecks = "-",
            WhyItMatters = "-",
            HowToFix = "-.",
            Example = "-",
            FixedExample = "-",
        };

        public override void Check(RuleContext context) => throw new InvalidOperationException("boom");
    }
}
