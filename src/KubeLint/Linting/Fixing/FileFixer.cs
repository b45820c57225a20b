using KubeLint.Rules;
using KubeLint.Rules.Fixes;
using KubeLint.Yaml;

namespace KubeLint.Linting.Fixing;

/// <summary>Applies the fixes of one file's findings to its text: merged per edited mapping, checked to parse again.</summary>
internal static class FileFixer
{
    /// <summary>The fixed text (null when nothing changes or the file cannot be fixed), and why fixes were not applied.</summary>
    public static (string? Fixed, IReadOnlyList<string> Refusals) Apply(string text, IReadOnlyList<(Finding Finding, FixIntent Intent)> fixes)
    {
        var (edits, refusals) = Edits(text, fixes);
        return edits.Count == 0 ? (null, refusals) : (TextEdit.Apply(text, edits), refusals);
    }

    /// <summary>The edits that apply the fixes (none when the file cannot be fixed, or the result would not parse), and why fixes were not applied.</summary>
    public static (IReadOnlyList<TextEdit> Edits, IReadOnlyList<string> Refusals) Edits(string text, IReadOnlyList<(Finding Finding, FixIntent Intent)> fixes)
    {
        var (content, refusal) = Parse(text);
        return content is null ? ([], [refusal!]) : Edits(text, content, fixes, validate: true);
    }

    /// <summary>The file's tree, or why a fix does not edit it (JSON, or errors that kubectl refuses too).</summary>
    public static (YamlStreamContent? Content, string? Refusal) Parse(string text)
    {
        if (text.AsSpan().TrimStart() is [ '{' or '[', .. ])
        {
            return (null, "a JSON file is not edited; set the fields by hand");
        }

        var content = YamlLoader.Load(text);
        return content.Errors.Count > 0 ? (null, $"the file has errors ({content.Errors[0].Message}); it is not edited") : (content, null);
    }

    /// <summary>
    /// The edits for a tree already parsed; <paramref name="validate"/> parses the result to refuse
    /// edits that would break the file (a caller that validated these fixes together may skip it).
    /// </summary>
    public static (IReadOnlyList<TextEdit> Edits, IReadOnlyList<string> Refusals) Edits(string text, YamlStreamContent content, IReadOnlyList<(Finding Finding, FixIntent Intent)> fixes, bool validate, FileStyle? style = null)
    {

        var trees = new Dictionary<YamlMapping, FixTree>(ReferenceEqualityComparer.Instance);
        var refusals = new List<string>();
        foreach (var (finding, intent) in fixes)
        {
            var document = content.Documents.FirstOrDefault(d => !Before(finding.Location.Start, d.Root.Start) && !Before(d.Root.End, finding.Location.Start));
            // A kustomize finding points into the resource or patch that wrote the node; containers there are found by name.
            var containerName = finding.Rendered is not null ? finding.Container : null;
            if (document is null || YamlPath.Find(document.Root, intent.Target, containerName) is not YamlMapping target)
            {
                refusals.Add($"{finding.Location.Start}: {intent.Target} was not found where the finding points; the file changed?");
                continue;
            }

            if (!trees.TryGetValue(target, out var tree))
            {
                trees[target] = tree = new FixTree();
            }

            if (!tree.Add(intent))
            {
                refusals.Add($"{finding.Location.Start}: {intent.Setting} contradicts another fix of {intent.Target}");
            }
        }

        var editor = new MappingEditor(text, style ?? FileStyle.Of(text));
        foreach (var (mapping, tree) in trees)
        {
            editor.Apply(mapping, tree);
        }

        refusals.AddRange(editor.Refusals);
        var edits = editor.Edits;
        if (edits.Count == 0)
        {
            return ([], refusals);
        }

        if (edits.Any(a => edits.Any(b => !a.Equals(b) && a.Overlaps(b))))
        {
            return ([], [.. refusals, "two fixes would change the same text; fix the file in two runs or by hand"]);
        }

        if (!validate)
        {
            return (edits, refusals);
        }

        var again = YamlLoader.Load(TextEdit.Apply(text, edits));
        if (again.Errors.Count > 0 || again.Documents.Count != content.Documents.Count)
        {
            return ([], [.. refusals, $"the fixed file would not parse ({(again.Errors.Count > 0 ? again.Errors[0].Message : "documents changed")}); it is not edited"]);
        }

        return (edits, refusals);
    }

    private static bool Before(SourcePosition a, SourcePosition b) => a.Line < b.Line || (a.Line == b.Line && a.Column < b.Column);
}
