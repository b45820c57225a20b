using KubeLint.Yaml;

namespace KubeLint.Manifests;

/// <summary>
/// The <c># Source: chart/templates/x.yaml</c> comments that <c>helm template</c> writes before each
/// document, found by one scan of the text (comments never reach the tree).
/// </summary>
internal sealed class HelmSourceMap
{
    private const string Marker = "# Source: ";
    private readonly GrowableList<SourceComment> _comments;
    private int _cursor;

    private HelmSourceMap(GrowableList<SourceComment> comments) => _comments = comments;

    public static HelmSourceMap Scan(string text)
    {
        var comments = new GrowableList<SourceComment>();
        var line = 1;
        var lineStart = 0;
        var index = text.IndexOf(Marker, StringComparison.Ordinal);
        while (index >= 0)
        {
            if (index == 0 || text[index - 1] == '\n')
            {
                line += text.AsSpan(lineStart, index - lineStart).Count('\n');
                lineStart = index;
                var end = text.IndexOfAny(['\r', '\n'], index);
                var path = (end < 0 ? text[(index + Marker.Length)..] : text[(index + Marker.Length)..end]).Trim();
                if (path.Length > 0)
                {
                    comments.Add(new SourceComment(line, path));
                }
            }

            index = text.IndexOf(Marker, index + Marker.Length, StringComparison.Ordinal);
        }

        return new HelmSourceMap(comments);
    }

    /// <summary>
    /// The source comment written after <paramref name="afterLine"/> and before the document's root;
    /// call in document order.
    /// </summary>
    public string? SourceFor(YamlNode root, int afterLine)
    {
        string? source = null;
        while (_cursor < _comments.Count && _comments[_cursor].Line <= root.Start.Line)
        {
            if (_comments[_cursor].Line > afterLine)
            {
                source = _comments[_cursor].Path;
            }

            _cursor++;
        }

        return source;
    }

    private readonly record struct SourceComment(int Line, string Path);
}
