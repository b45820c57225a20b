using System.Text.Json;
using System.Xml.Linq;
using KubeLint.Linting;
using KubeLint.Reporting;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Untrusted;

/// <summary>Names and file names chosen by a stranger cannot be turned against whoever reads the report.</summary>
[NonParallelizable]
public class HostileReportTests
{
    private const string WorkflowCommands = "x\r::add-mask::privileged\n::stop-commands::pwn\n";

    private static string Pod(string ns, string container) => $$$"""
        apiVersion: v1
        kind: Pod
        metadata: {name: p, namespace: {{{JsonSerializer.Serialize(ns)}}}}
        spec:
          containers: [{name: {{{JsonSerializer.Serialize(container)}}}, image: busybox, securityContext: {privileged: true}}]
        """;

    private static string Render(ReportFormat format, LintResult result)
    {
        var output = new StringWriter();
        ReportFormats.WriterFor(format, new ReportOptions(Environment.CurrentDirectory)).Write(result, output);
        return output.ToString();
    }

    [TestCase(ReportFormat.Text, "x\\r::add-mask::privileged\\n::stop-commands::pwn\\n")]
    [TestCase(ReportFormat.Github, "x%0D::add-mask::privileged%0A::stop-commands::pwn%0A")]
    public void No_line_of_a_log_report_starts_a_workflow_command_or_carries_a_control_character(ReportFormat format, string shown)
    {
        var result = new Linter().LintText(Pod(WorkflowCommands, "a\u001b]8;;https://evil\u0007b\u202Ec"), "::set-output::x.yaml");

        var report = Render(format, result);
        var lines = report.Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(lines.Where(l => l.TrimStart().StartsWith("::", StringComparison.Ordinal) && !l.StartsWith("::error ", StringComparison.Ordinal) && !l.StartsWith("::warning ", StringComparison.Ordinal) && !l.StartsWith("::notice ", StringComparison.Ordinal)), Is.Empty);
            Assert.That(report.Where(c => char.IsControl(c) && c != '\n' || c is '\u202E'), Is.Empty);
            Assert.That(report, Does.Contain(shown), "the values are shown, escaped");
        });
    }

    [Test]
    public void A_named_template_called_like_a_workflow_command_is_shown_escaped()
    {
        var helm = RenderTools.RequireHelm();
        using var dir = new TempDirectory();
        // A Go string may hold any character but a newline: a carriage return and an escape sequence are written as they are.
        const string name = "\"pod\r::stop-commands::pwn\u001b]8;;https://evil\u0007\"";
        dir.Write("chart/Chart.yaml", "apiVersion: v2\nname: chart\nversion: 0.1.0\n");
        dir.Write("chart/templates/_pod.tpl", $"{{{{- define {name} }}}}\ncontainers:\n  - name: app\n    image: busybox\n    securityContext:\n      privileged: true\n{{{{- end }}}}\n");
        dir.Write("chart/templates/pod.yaml", $"apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  {{{{- include {name} . | nindent 2 }}}}\n");

        var result = CurrentDirectory.With(dir.Path, () => new Linter().Lint(new LintRequest { Paths = ["chart"], UseConfigFiles = false, Render = new KubeLint.Linting.Rendering.RenderOptions { HelmPath = helm } }));

        var privileged = result.Findings.Single(f => f.RuleId == "KL3001");
        var report = Render(ReportFormat.Text, result);
        Assert.Multiple(() =>
        {
            Assert.That(privileged.NamedTemplate?.Name, Does.Contain("\r::stop-commands::pwn"), "the name reaches the report");
            Assert.That(report.Split('\n').Where(l => l.TrimStart().StartsWith("::", StringComparison.Ordinal)), Is.Empty);
            Assert.That(report.Where(c => char.IsControl(c) && c != '\n'), Is.Empty);
            Assert.That(report, Does.Contain("written by named template \"pod\\r::stop-commands::pwn\\u001B]8;;https://evil\\u0007\""));
        });
    }

    [Test]
    public void An_annotation_key_and_value_written_as_workflow_commands_are_shown_escaped()
    {
        // KL6001 quotes the annotation's key, and its value decides the message: both are the linted file's words.
        const string ingress = """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: shop
              annotations:
                "nginx.ingress.kubernetes.io/auth-url\n::error file=README.md::forged\u001b]8;;https://evil\u0007": "http://x/;\n::add-mask::secret"
            spec:
              defaultBackend: {service: {name: shop, port: {number: 80}}}
            """;
        var result = new Linter().LintText(ingress, "ingress.yaml");

        Assert.That(result.Findings.Select(f => f.RuleId), Does.Contain("KL6001"), "the injection-shaped value is reported");
        foreach (var format in (ReportFormat[])[ReportFormat.Text, ReportFormat.Github])
        {
            var report = Render(format, result);
            Assert.Multiple(() =>
            {
                Assert.That(report.Split('\n').Where(l => l.TrimStart().StartsWith("::", StringComparison.Ordinal) && !l.StartsWith("::error file=ingress.yaml", StringComparison.Ordinal) && !l.StartsWith("::warning file=ingress.yaml", StringComparison.Ordinal) && !l.StartsWith("::notice file=ingress.yaml", StringComparison.Ordinal)), Is.Empty, $"{format}: no line starts a workflow command of the file's making");
                Assert.That(report.Where(c => char.IsControl(c) && c != '\n'), Is.Empty, $"{format}: no control character");
            });
        }
    }

    [Test]
    public void Errors_and_notices_on_standard_error_are_escaped_too()
    {
        using var dir = new TempDirectory();
        var bad = dir.Write("bad\u001b[2Jname.yaml", "a: [1,\n");

        var run = CliRun.Invoke(["lint", bad, "--format", "text"]);

        Assert.Multiple(() =>
        {
            Assert.That(run.Out + run.Error, Does.Not.Contain("\u001b"));
            Assert.That(run.Out, Does.Contain("bad\\u001B[2Jname.yaml"));
        });
    }

    [Test]
    public void Markdown_passes_no_html_link_code_span_or_mention_and_stays_under_githubs_limit()
    {
        var pods = string.Join("---\n", Enumerable.Range(0, 300).Select(i => Pod("shop", $"<img src=x onerror=alert({i})> @octocat `x` [a](https://evil) {new string('w', 4000)}") + "\n"));
        var result = new Linter().LintText(pods, "pods.yaml");

        var markdown = Render(ReportFormat.Markdown, result);

        Assert.Multiple(() =>
        {
            Assert.That(markdown.Length, Is.LessThan(65_536));
            Assert.That(markdown, Does.Not.Match(@"(?<!\\)<img").And.Not.Contain("@octocat").And.Not.Contain("](https://evil"));
            Assert.That(markdown, Does.Contain("\\<img src\\=x onerror\\=alert\\(0\\)\\>"));
            Assert.That(markdown, Does.Contain("more findings (cut to keep this comment within GitHub's size limit)"));
        });
    }

    [TestCase("a\u001bb")]
    [TestCase("nul\0here")]
    [TestCase("not\uFFFEachar")]
    [TestCase("half \"\\ud800\" a pair")]
    public void Every_report_is_valid_whatever_characters_a_name_holds(string name)
    {
        var result = new Linter().LintText(Pod("shop", name).Replace("\"half", "\"half", StringComparison.Ordinal), "p.yaml");

        Assert.Multiple(() =>
        {
            Assert.That(() => XDocument.Parse(Render(ReportFormat.Junit, result)), Throws.Nothing);
            Assert.That(() => JsonDocument.Parse(Render(ReportFormat.Json, result)), Throws.Nothing);
            Assert.That(() => JsonDocument.Parse(Render(ReportFormat.Sarif, result)), Throws.Nothing);
            Assert.That(result.Findings.Select(f => f.RuleId), Does.Contain("KL3001"));
        });
    }

    [Test]
    public void Every_requested_report_is_written_and_the_exit_code_stays_honest()
    {
        using var dir = new TempDirectory();
        var pod = dir.Write("pod.yaml", Pod("shop", "a\u001bb\u0000c"));
        var junit = Path.Combine(dir.Path, "report.xml");
        var sarif = Path.Combine(dir.Path, "report.sarif");

        var run = CliRun.Invoke(["lint", pod, "--format", "junit", "--output", junit, "--format", "text", "--format", "sarif", "--output", sarif]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1), "findings, and nothing failed");
            Assert.That(() => XDocument.Load(junit), Throws.Nothing);
            Assert.That(() => JsonDocument.Parse(File.ReadAllText(sarif)), Throws.Nothing);
            Assert.That(run.Out, Does.Contain("KL3001"));
        });
    }

    [Test]
    public void A_forty_megabyte_name_is_quoted_at_most_253_characters()
    {
        var result = new Linter().LintText(Pod("shop", new string('n', 40 * 1024 * 1024)), "p.yaml");

        var report = Render(ReportFormat.Json, result);

        Assert.Multiple(() =>
        {
            Assert.That(report.Length, Is.LessThan(64 * 1024));
            Assert.That(result.Findings.First(f => f.RuleId == "KL3001").Message, Is.EqualTo($"container \"{new string('n', 253)}…\" runs privileged"));
        });
    }
}
