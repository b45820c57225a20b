using System.Globalization;
using System.Text.RegularExpressions;

namespace KubeLint.Linting.Rendering.Templates;

/// <summary>What an action does to the output.</summary>
internal enum ActionKind
{
    /// <summary>Writes nothing: a comment, an assignment, <c>break</c>, <c>continue</c>.</summary>
    Silent,

    /// <summary>Opens a block whose body is written where it stands: <c>if</c>, <c>range</c>, <c>with</c>, <c>block</c>.</summary>
    Open,

    /// <summary>Opens a named template's definition, written only where it is included.</summary>
    Define,

    /// <summary><c>else</c>, <c>else if</c>, <c>else with</c>.</summary>
    Else,

    /// <summary>Closes the innermost block or definition.</summary>
    End,

    /// <summary>Writes content: a value, a function's result, an included template.</summary>
    Writer,
}

/// <summary>The meaning of one action: its kind, the named template it writes or defines, and the indentation it adds.</summary>
/// <param name="Kind">What it does to the output.</param>
/// <param name="TemplateName">For <c>include "x"</c>, <c>template "x"</c> and <c>define "x"</c>: the name.</param>
/// <param name="Indent">The spaces <c>indent N</c> or <c>nindent N</c> add before each line it writes.</param>
internal sealed partial record TemplateAction(ActionKind Kind, string? TemplateName, int Indent)
{
    private static readonly TemplateAction SilentAction = new(ActionKind.Silent, null, 0);

    public static TemplateAction Of(string body)
    {
        if (body.Length == 0 || body.StartsWith("/*", StringComparison.Ordinal) || Assignment().IsMatch(body))
        {
            return SilentAction;
        }

        var first = FirstWord().Match(body).Value;
        switch (first)
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
                return SilentAction;
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

    [GeneratedRegex(@"\bn?indent\s+(?<n>\d{1,3})\b")]
    private static partial Regex Indentation();
}
