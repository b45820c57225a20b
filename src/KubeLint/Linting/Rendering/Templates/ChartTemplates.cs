namespace KubeLint.Linting.Rendering.Templates;

/// <summary>
/// The template files of a chart as patterns, and the named templates they define; each file is
/// read and lexed once, when first asked for. The named templates depend on nothing the render
/// says, so the files that define them are lexed while helm runs.
/// </summary>
/// <param name="readTemplate">Reads a template file of the chart (null when it may not or cannot be read).</param>
/// <param name="templateFiles">Every template file of the chart and its subcharts, where named templates are defined.</param>
internal sealed class ChartTemplates(Func<string, string?> readTemplate, Func<IEnumerable<string>> templateFiles)
{
    private readonly Dictionary<string, LexedTemplate?> _templates = new(StringComparer.Ordinal);
    private Dictionary<string, NamedTemplate>? _named;

    /// <summary>Reads every template file and lexes those that define named templates, stopping early when <paramref name="stop"/> says to.</summary>
    public void LoadAll(Func<bool> stop) => LoadNamed(stop);

    /// <summary>The definition of the named template <paramref name="name"/>: its file and pattern lines.</summary>
    public NamedTemplate? Named(string name) =>
        LoadNamed(() => false).TryGetValue(name, out var definition) ? definition : null;

    /// <summary>A template file's patterns and lines; null when it cannot be read.</summary>
    public LexedTemplate? Template(string file)
    {
        if (!_templates.TryGetValue(file, out var template))
        {
            template = readTemplate(file) is { } text ? new LexedTemplate(TemplatePatterns.Of(text), text.Split('\n')) : null;
            _templates[file] = template;
        }

        return template;
    }

    /// <summary>The length plus one of line <paramref name="line"/> (1-based) of a template file, without its trailing blanks.</summary>
    public int LineEnd(string file, int line) =>
        Template(file) is { } template && line >= 1 && line <= template.Lines.Length ? template.Lines[line - 1].TrimEnd().Length + 1 : 1;

    /// <summary>
    /// Whether the text holds an action that starts with <c>define</c> (<c>{{ define</c>, <c>{{- define</c>):
    /// a file without one defines no named template, whatever its prose says.
    /// </summary>
    internal static bool MayDefine(string text)
    {
        for (var at = text.IndexOf("define", StringComparison.Ordinal); at >= 0; at = text.IndexOf("define", at + 1, StringComparison.Ordinal))
        {
            var i = at - 1;
            while (i >= 0 && char.IsWhiteSpace(text[i]))
            {
                i--;
            }

            i -= i >= 0 && text[i] == '-' ? 1 : 0;
            if (i >= 1 && text[i] == '{' && text[i - 1] == '{')
            {
                return true;
            }
        }

        return false;
    }

    private Dictionary<string, NamedTemplate> LoadNamed(Func<bool> stop)
    {
        if (_named is { } loaded)
        {
            return loaded;
        }

        var named = new Dictionary<string, NamedTemplate>(StringComparer.Ordinal);
        foreach (var file in templateFiles())
        {
            if (stop())
            {
                return named;
            }

            // The others are lexed when a document they wrote is aligned.
            if (readTemplate(file) is { } text && MayDefine(text) && Template(file) is { } template)
            {
                foreach (var (defined, lines) in template.Patterns.Defines)
                {
                    named.TryAdd(defined, new NamedTemplate(file, lines));
                }
            }
        }

        _named = named;
        return named;
    }
}

/// <summary>A template file lexed into patterns, and its lines.</summary>
internal sealed record LexedTemplate(TemplatePatterns Patterns, string[] Lines);

/// <summary>A named template's definition: the file that defines it and its pattern lines.</summary>
internal sealed record NamedTemplate(string File, IReadOnlyList<PatternLine> Lines);
