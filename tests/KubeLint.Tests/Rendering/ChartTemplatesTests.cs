using KubeLint.Linting.Rendering.Templates;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Rendering;

/// <summary>Only files that may define named templates are lexed ahead; none that defines one is passed over.</summary>
public class ChartTemplatesTests
{
    [TestCase("{{ define \"a\" }}x{{ end }}", true)]
    [TestCase("{{- define \"a\" -}}x{{- end }}", true)]
    [TestCase("{{define \"a\"}}x{{end}}", true)]
    [TestCase("{{-\n  define \"a\" }}x{{ end }}", true)]
    [TestCase("description: defines the issuer; {{ .Values.x }} define", false)]
    [TestCase("{{ include \"define\" . }}", false)]
    [TestCase("{{ -define }}", false)]
    [TestCase("define", false)]
    public void Says_whether_a_file_may_define_a_named_template(string text, bool expected) =>
        Assert.That(ChartTemplates.MayDefine(text), Is.EqualTo(expected));

    [Test]
    public void Every_template_of_the_shared_charts_that_defines_a_named_template_is_lexed_ahead()
    {
        var charts = RepositoryPaths.RequireShared("charts");
        var files = Directory.EnumerateFiles(charts, "*", SearchOption.AllDirectories)
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}templates{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        var defining = files.Where(f => TemplatePatterns.Of(File.ReadAllText(f)).Defines.Count > 0).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(defining, Has.Count.GreaterThan(20), "the charts define named templates");
            Assert.That(defining.Where(f => !ChartTemplates.MayDefine(File.ReadAllText(f))), Is.Empty);
        });
    }

    [Test]
    public void Generated_templates_that_define_a_named_template_are_never_passed_over()
    {
        string[] pieces = ["{{", "{{-", "}}", "-}}", " ", "\n", "\t", "-", "define", "\"a\"", "end", "x", "/*", "*/", "`", "\""];
        var random = new Random(11);
        for (var i = 0; i < 20_000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(12)).Select(_ => pieces[random.Next(pieces.Length)]));
            if (TemplatePatterns.Of(text).Defines.Count > 0)
            {
                Assert.That(ChartTemplates.MayDefine(text), Is.True, text);
            }
        }
    }
}
