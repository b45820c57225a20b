using System.Globalization;

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
/// <remarks>
/// Read by hand, not with regular expressions, which cost the lexing their engine's start while
/// helm runs. A chart's text decides what is read here: <c>indent</c> takes ASCII digits only, as
/// Go's template lexer does (a digit of another script once crashed the lint).
/// </remarks>
internal sealed record TemplateAction(ActionKind Kind, string? TemplateName, int Indent)
{
    private static readonly TemplateAction SilentAction = new(ActionKind.Silent, null, 0);

    public static TemplateAction Of(string body)
    {
        if (body.Length == 0 || body.StartsWith("/*", StringComparison.Ordinal) || IsAssignment(body))
        {
            return SilentAction;
        }

        switch (FirstWord(body))
        {
            case "if" or "range" or "with" or "block":
                return new TemplateAction(ActionKind.Open, null, 0);
            case "define":
                return new TemplateAction(ActionKind.Define, DefinedName(body), 0);
            case "else":
                return new TemplateAction(ActionKind.Else, null, 0);
            case "end":
                return new TemplateAction(ActionKind.End, null, 0);
            case "break" or "continue":
                return SilentAction;
        }

        return new TemplateAction(ActionKind.Writer, CalledName(body), Indentation(body));
    }

    /// <summary><c>$x = …</c>, <c>$x := …</c>, <c>$i, $v := …</c>: variables set, nothing written.</summary>
    private static bool IsAssignment(string body)
    {
        if (Variable(body, 0) is not (>= 0 and var at))
        {
            return false;
        }

        var comma = SkipSpaces(body, at);
        if (comma < body.Length && body[comma] == ',' && Variable(body, SkipSpaces(body, comma + 1)) is >= 0 and var second)
        {
            at = second;
        }

        at = SkipSpaces(body, at);
        at += at < body.Length && body[at] == ':' ? 1 : 0;
        return at + 1 < body.Length && body[at] == '=' && body[at + 1] != '=';
    }

    /// <summary>The end of the variable (<c>$</c> and ASCII letters, digits, underscores) at <paramref name="at"/>, or -1.</summary>
    private static int Variable(string body, int at)
    {
        if (at >= body.Length || body[at] != '$')
        {
            return -1;
        }

        at++;
        while (at < body.Length && (char.IsAsciiLetterOrDigit(body[at]) || body[at] == '_'))
        {
            at++;
        }

        return at;
    }

    /// <summary>The leading ASCII lower-case letters: the keyword, if the action starts with one.</summary>
    private static string FirstWord(string body)
    {
        var end = 0;
        while (end < body.Length && char.IsAsciiLetterLower(body[end]))
        {
            end++;
        }

        return body[..end];
    }

    /// <summary>The name of <c>define "name"</c>.</summary>
    private static string? DefinedName(string body)
    {
        var at = 0;
        while (at < body.Length && IsWordChar(body[at]))
        {
            at++;
        }

        return QuotedAfterSpaces(body, at, parenthesis: false);
    }

    /// <summary>The name an action writes: <c>template "name"</c> at its start, or the first <c>include "name"</c> or <c>include ("name"</c>.</summary>
    private static string? CalledName(string body)
    {
        if (body.StartsWith("template", StringComparison.Ordinal) && QuotedAfterSpaces(body, "template".Length, parenthesis: true) is { } template)
        {
            return template;
        }

        for (var at = 0; at < body.Length; at++)
        {
            if (StartsWordAt(body, at, "include") && QuotedAfterSpaces(body, at + "include".Length, parenthesis: true) is { } included)
            {
                return included;
            }
        }

        return null;
    }

    /// <summary>The spaces of the first <c>indent N</c> or <c>nindent N</c> (N of one to three ASCII digits), else 0.</summary>
    private static int Indentation(string body)
    {
        for (var at = 0; at < body.Length; at++)
        {
            var after = StartsWordAt(body, at, "nindent") ? at + "nindent".Length : StartsWordAt(body, at, "indent") ? at + "indent".Length : -1;
            if (after < 0)
            {
                continue;
            }

            var first = SkipSpaces(body, after);
            var end = first;
            while (end < body.Length && end - first < 3 && char.IsAsciiDigit(body[end]))
            {
                end++;
            }

            if (first > after && end > first && (end == body.Length || !IsBoundaryWordChar(body[end])))
            {
                var spaces = 0;
                for (var i = first; i < end; i++)
                {
                    spaces = (spaces * 10) + (body[i] - '0');
                }

                return spaces;
            }
        }

        return 0;
    }

    /// <summary>After at least one space, an optional <c>(</c> and spaces: the text of a double-quoted string of at least one character; else null.</summary>
    private static string? QuotedAfterSpaces(string body, int at, bool parenthesis)
    {
        var open = SkipSpaces(body, at);
        if (open == at)
        {
            return null;
        }

        if (parenthesis && open < body.Length && body[open] == '(')
        {
            open = SkipSpaces(body, open + 1);
        }

        if (open >= body.Length || body[open] != '"')
        {
            return null;
        }

        var close = body.IndexOf('"', open + 1);
        return close > open + 1 ? body[(open + 1)..close] : null;
    }

    /// <summary>Whether <paramref name="word"/> stands at <paramref name="at"/> with no word character just before it.</summary>
    private static bool StartsWordAt(string body, int at, string word) =>
        (at == 0 || !IsBoundaryWordChar(body[at - 1])) && body.AsSpan(at).StartsWith(word, StringComparison.Ordinal);

    private static int SkipSpaces(string body, int at)
    {
        while (at < body.Length && char.IsWhiteSpace(body[at]))
        {
            at++;
        }

        return at;
    }

    /// <summary>A letter, decimal digit, non-spacing mark or connector such as <c>_</c>: what a word is made of.</summary>
    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.ConnectorPunctuation;

    /// <summary>A word character, or one of the zero-width joiners that do not end a word.</summary>
    private static bool IsBoundaryWordChar(char c) => IsWordChar(c) || c is '\u200C' or '\u200D';
}
