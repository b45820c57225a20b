using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KubeLint.Linting.Rendering.Templates;

namespace KubeLint.Tests.Rendering;

/// <summary>What one template action does to the output, read from a chart's own text: it must never throw.</summary>
public partial class TemplateActionTests
{
    [TestCase("include \"app.pod\" . | nindent 6", "Writer", "app.pod", 6)]
    [TestCase("include (\"app.labels\") . | indent 4", "Writer", "app.labels", 4)]
    [TestCase("template \"app.name\" .", "Writer", "app.name", 0)]
    [TestCase("toYaml .Values.resources | nindent 12", "Writer", null, 12)]
    [TestCase("define \"app.pod\"", "Define", "app.pod", 0)]
    [TestCase("if .Values.enabled", "Open", null, 0)]
    [TestCase("else if .Values.other", "Else", null, 0)]
    [TestCase("end", "End", null, 0)]
    [TestCase("$name := include \"app.name\" .", "Silent", null, 0)]
    [TestCase("$i, $v := .Values.list", "Silent", null, 0)]
    [TestCase("/* a comment */", "Silent", null, 0)]
    [TestCase("print \"indent ٣\"", "Writer", null, 0)]
    [TestCase("reinclude \"x\" | nindent4", "Writer", null, 0)]
    public void Reads_the_kind_the_name_and_the_indentation(string body, string kind, string? name, int indent) =>
        Assert.That(TemplateAction.Of(body), Is.EqualTo(new TemplateAction(Enum.Parse<ActionKind>(kind), name, indent)));

    [Test]
    public void Agrees_with_the_regular_expressions_it_replaced_on_random_actions()
    {
        string[] pieces = ["include", "template", "define", "indent", "nindent", "if", "end", "else", "$x", "$_1", ",", ":=", "=", "==", ":",
            " ", "  ", "\t", "\u00A0", "(", ")", "\"", "\"a.b\"", "a", "Z", "_", "1", "23", "4567", "٣", "|", ".", "-", "é", "\u0301", "\u200D", "/*", "x"];
        var random = new Random(23);
        for (var i = 0; i < 50_000; i++)
        {
            var body = new StringBuilder();
            for (var n = random.Next(1, 9); n > 0; n--)
            {
                body.Append(pieces[random.Next(pieces.Length)]);
            }

            var text = body.ToString();
            Assert.That(TemplateAction.Of(text), Is.EqualTo(Reference.Of(text)), () => $"action body «{text}»");
        }
    }

    [Test]
    public void Never_throws_on_any_text()
    {
        var random = new Random(5);
        for (var i = 0; i < 50_000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 24)).Select(_ => (char)random.Next(0, 0x3000))]);
            Assert.DoesNotThrow(() => TemplateAction.Of(text), $"action body of {text.Length} characters");
        }
    }

    [Test]
    public void Any_template_text_lexes_into_patterns_without_throwing()
    {
        string[] pieces = ["{{", "}}", "{{-", "-}}", " ", "\n", "  - ", "key: ", "define \"a\"", "end", "if .x", "else", "range .y", "include \"a\" .",
            "| nindent ", "| indent ", "3", "٣", "99999", "\"", "`", "/*", "*/", "$v := ", "template \"b\"", "x", "\t", "\r\n"];
        var random = new Random(7);
        for (var i = 0; i < 20_000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.DoesNotThrow(() => TemplatePatterns.Of(text), $"template «{text}»");
        }
    }

    /// <summary>The regular expressions TemplateAction used, with <c>[0-9]</c> where <c>\d</c> let any script's digits through to <c>int.Parse</c>.</summary>
    private static partial class Reference
    {
        public static TemplateAction Of(string body)
        {
            if (body.Length == 0 || body.StartsWith("/*", StringComparison.Ordinal) || Assignment().IsMatch(body))
            {
                return new TemplateAction(ActionKind.Silent, null, 0);
            }

            switch (FirstWord().Match(body).Value)
            {
                case "if" or "range" or "with" or "block":
                    return new TemplateAction(ActionKind.Open, null, 0);
                case "define":
                    return new TemplateAction(ActionKind.Define, QuotedName().Match(body) is { Success: true } name ? name.Groups["name"].Value : null, 0);
                case "else":
                    return new TemplateAction(ActionKind.Else, null, 0);
                case "end":
                    return new TemplateAction(ActionKind.End, null, 0);
                case "break" or "continue":
                    return new TemplateAction(ActionKind.Silent, null, 0);
            }

            var called = Called().Match(body);
            var indent = Indentation().Match(body);
            return new TemplateAction(
                ActionKind.Writer,
                called.Success ? called.Groups["name"].Value : null,
                indent.Success ? int.Parse(indent.Groups["n"].Value, CultureInfo.InvariantCulture) : 0);
        }

        [GeneratedRegex(@"^\$[A-Za-z0-9_]*(\s*,\s*\$[A-Za-z0-9_]*)?\s*:?=[^=]")]
        private static partial Regex Assignment();

        [GeneratedRegex(@"^[a-z]+")]
        private static partial Regex FirstWord();

        [GeneratedRegex(@"^\w+\s+""(?<name>[^""]+)""")]
        private static partial Regex QuotedName();

        [GeneratedRegex(@"(?:^template|\binclude)\s+\(?\s*""(?<name>[^""]+)""")]
        private static partial Regex Called();

        [GeneratedRegex(@"\bn?indent\s+(?<n>[0-9]{1,3})\b")]
        private static partial Regex Indentation();
    }
}
