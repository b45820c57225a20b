namespace KubeLint.Linting.Rendering.Templates;

/// <summary>
/// The template files of a chart as patterns, and the named templates they define; each file is
/// read and lexed once. None of it depends on the render, so it can be built while helm runs.
/// </summary>
/// <param name="readTemplate">Reads a template file of the chart (null when it may not or cannot be read).</param>
/// <param name="templateFiles">Every template file of the chart and its subcharts, where named templates are defined.</param>
internal sealed class ChartTemplates(Func<string, string?> readTemplate, Func<IEnumerable<string>> templateFiles)
{
    private readonly Dictionary<string, (TemplatePatterns Patterns, string[] Lines)?> _templates = new(StringComparer.Ordinal);
    private Dictionary<string, (string File, IReadOnlyList<PatternLine> Lines)>? _named;

    /// <summary>Reads and lexes every template file, stopping early when <paramref name="stop"/> says to.</summary>
    public void LoadAll(Func<bool> stop) => LoadNamed(stop);

    /// <summary>The definition of the named template <paramref name="name"/>: its file and pattern lines.</summary>
    public (string File, IReadOnlyList<PatternLine> Lines)? Named(string name) =>
        LoadNamed(() => false).TryGetValue(name, out var definition) ? definition : null;

    /// <summary>A template file's patterns and lines; null when it cannot be read.</summary>
    public (TemplatePatterns Patterns, string[] Lines)? Template(string file)
    {
        if (!_templates.TryGetValue(file, out var template))
        {
            template = readTemplate(file) is { } text ? (TemplatePatterns.Of(text), text.Split('\n')) : null;
            _templates[file] = template;
        }

        return template;
    }

    /// <summary>The length plus one of line <paramref name="line"/> (1-based) of a template file, without its trailing blanks.</summary>
    public int LineEnd(string file, int line) =>
        Template(file) is { } template && line >= 1 && line <= template.Lines.Length ? template.Lines[line - 1].TrimEnd().Length + 1 : 1;

    private Dictionary<string, (string File, IReadOnlyList<PatternLine> Lines)> LoadNamed(Func<bool> stop)
    {
        if (_named is { } loaded)
        {
            return loaded;
        }

        var named = new Dictionary<string, (string, IReadOnlyList<PatternLine>)>(StringComparer.Ordinal);
        foreach (var file in templateFiles())
        {
            if (stop())
            {
                return named;
            }

            if (Template(file) is { } template)
            {
                foreach (var (defined, lines) in template.Patterns.Defines)
                {
                    named.TryAdd(defined, (file, lines));
                }
            }
        }

        _named = named;
        return named;
    }
}
