using KubeLint.Yaml;

namespace KubeLint.Linting.Rendering.Kustomize;

/// <summary>An operation of a JSON 6902 patch that writes a value (<c>add</c> or <c>replace</c>), with its path split into tokens.</summary>
/// <param name="Path">The JSON pointer's tokens, unescaped.</param>
/// <param name="Value">The value it writes.</param>
/// <param name="Index">Its position in the patch: a later operation applies after an earlier one.</param>
internal sealed record JsonPatchOperation(IReadOnlyList<string> Path, YamlNode Value, int Index)
{
    /// <summary>The operations of a document that is a JSON 6902 patch (a sequence of operations); empty for any other document.</summary>
    public static IReadOnlyList<JsonPatchOperation> In(YamlNode? root)
    {
        if (root is not YamlSequence sequence)
        {
            return [];
        }

        var operations = new List<JsonPatchOperation>();
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            if (sequence.Items[i] is YamlMapping op && op.GetString("op") is "add" or "replace" && op.GetString("path") is { } path && op["value"] is { } value)
            {
                operations.Add(new JsonPatchOperation(Tokens(path), value, i));
            }
        }

        return operations;
    }

    /// <summary>
    /// How many steps of <paramref name="steps"/> the operation's path covers when it is a prefix of
    /// them, or -1. A list index is taken to match any index: operations before it may have moved items,
    /// and the content of the value decides.
    /// </summary>
    public int Covers(IReadOnlyList<PathStep> steps)
    {
        if (Path.Count > steps.Count)
        {
            return -1;
        }

        for (var i = 0; i < Path.Count; i++)
        {
            var token = Path[i];
            var matches = steps[i].IsKey ? token == steps[i].Key : token == "-" || token.All(char.IsAsciiDigit);
            if (!matches)
            {
                return -1;
            }
        }

        return Path.Count;
    }

    private static string[] Tokens(string pointer) =>
        [.. pointer.Split('/').Skip(1).Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))];
}
