using KubeLint.Linting;
using KubeLint.Linting.Rendering;
using KubeLint.Reporting;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Untrusted;

/// <summary>A chart's templates are a stranger's text too: whatever they hold, the lint finishes and reports what helm renders.</summary>
[NonParallelizable]
public class HostileTemplateTests
{
    /// <summary>Lints, in chart mode with the real helm, a chart of these two templates in a repository of its own.</summary>
    private static LintResult LintHostileChart(string helpers, string pod)
    {
        var helm = RenderTools.RequireHelm();
        using var repo = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(repo.Path, ".git"));
        repo.Write("chart/Chart.yaml", "apiVersion: v2\nname: hostile\nversion: 0.1.0\n");
        repo.Write("chart/templates/_helpers.tpl", helpers);
        repo.Write("chart/templates/pod.yaml", pod);
        return CurrentDirectory.With(repo.Path, () => new Linter().Lint(new LintRequest { Paths = ["chart"], Render = new RenderOptions { HelmPath = helm }, UseConfigFiles = false }));
    }

    [TestCase("{{ print \"indent ٣\" }}", TestName = "a digit of another script after indent")]
    [TestCase("{{ print \"nindent ١٢\" | trim }}", TestName = "digits of another script after nindent")]
    [TestCase("{{ include \"x\" | indent 99999999999 }}", TestName = "an indentation too large for a number")]
    public void A_named_template_s_text_cannot_crash_the_lint_or_hide_the_pod(string helperLine)
    {
        var result = LintHostileChart(
            "{{- define \"hostile.other\" -}}\n" + helperLine + "\n{{- end }}\n{{- define \"hostile.pod\" -}}\ncontainers:\n  - name: app\n    image: nginx:1.27\n    securityContext:\n      privileged: true\n{{- end }}\n",
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: hostile\nspec:\n  {{- include \"hostile.pod\" . | nindent 2 }}\n");

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Is.Empty);
            Assert.That(
                result.Findings.Where(f => f.RuleId == "KL3001").Select(f => $"{f.Location.File}:{f.Location.Start.Line} {f.NamedTemplate?.Name} {f.NamedTemplate?.At.File}:{f.NamedTemplate?.At.Start.Line}"),
                Is.EqualTo(new[] { "chart/templates/pod.yaml:6 hostile.pod chart/templates/_helpers.tpl:9" }));
        });
    }

    [Test]
    public void A_named_template_whose_name_carries_terminal_escapes_is_named_in_reports_without_them()
    {
        const string name = "x\u001b]8;;https://evil.example/\u0007click\u001b[31m\u009b2J";
        var result = LintHostileChart(
            "{{- define \"" + name + "\" -}}\ncontainers:\n  - name: app\n    image: nginx:1.27\n    securityContext:\n      privileged: true\n{{- end }}\n",
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: hostile\nspec:\n  {{- include \"" + name + "\" . | nindent 2 }}\n");

        Assert.Multiple(() =>
        {
            Assert.That(result.Findings.Where(f => f.RuleId == "KL3001").Select(f => f.NamedTemplate?.Name), Is.EqualTo(new[] { name }));
            foreach (var format in Enum.GetValues<ReportFormat>())
            {
                var report = new StringWriter();
                ReportFormats.WriterFor(format, new ReportOptions(Environment.CurrentDirectory)).Write(result, report);
                Assert.That(report.ToString().Where(c => (char.IsControl(c) && c is not ('\n' or '\r' or '\t')) || c == '\u009b'), Is.Empty, $"{format} report");
                if (format is ReportFormat.Text or ReportFormat.Json)
                {
                    Assert.That(report.ToString(), Does.Contain("click"), $"the {format} report names the template");
                }
            }
        });
    }
}
