using KubeLint.Linting;
using KubeLint.Linting.Rendering;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Untrusted;

/// <summary>A chart's templates are a stranger's text too: whatever they hold, the lint finishes and reports what helm renders.</summary>
[NonParallelizable]
public class HostileTemplateTests
{
    [TestCase("{{ print \"indent ٣\" }}", TestName = "a digit of another script after indent")]
    [TestCase("{{ print \"nindent ١٢\" | trim }}", TestName = "digits of another script after nindent")]
    [TestCase("{{ include \"x\" | indent 99999999999 }}", TestName = "an indentation too large for a number")]
    public void A_named_template_s_text_cannot_crash_the_lint_or_hide_the_pod(string helperLine)
    {
        var helm = RenderTools.RequireHelm();
        using var repo = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(repo.Path, ".git"));
        repo.Write("chart/Chart.yaml", "apiVersion: v2\nname: hostile\nversion: 0.1.0\n");
        repo.Write("chart/templates/_helpers.tpl", "{{- define \"hostile.other\" -}}\n" + helperLine + "\n{{- end }}\n{{- define \"hostile.pod\" -}}\ncontainers:\n  - name: app\n    image: nginx:1.27\n    securityContext:\n      privileged: true\n{{- end }}\n");
        repo.Write("chart/templates/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: hostile\nspec:\n  {{- include \"hostile.pod\" . | nindent 2 }}\n");

        var result = CurrentDirectory.With(repo.Path, () => new Linter().Lint(new LintRequest { Paths = ["chart"], Render = new RenderOptions { HelmPath = helm }, UseConfigFiles = false }));

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Is.Empty);
            Assert.That(
                result.Findings.Where(f => f.RuleId == "KL3001").Select(f => $"{f.Location.File}:{f.Location.Start.Line} {f.NamedTemplate?.Name} {f.NamedTemplate?.At.File}:{f.NamedTemplate?.At.Start.Line}"),
                Is.EqualTo(new[] { "chart/templates/pod.yaml:6 hostile.pod chart/templates/_helpers.tpl:9" }));
        });
    }
}
