namespace KubeLint.Linting.Rendering;

/// <summary>
/// The error kustomize (inside kubectl) prints, as a person wants it: past its <c># Warning:</c>
/// lines and klog header, a multi-line <c>err=&lt; … &gt;</c> block joined on one line, and the
/// kustomization's full path written as the user named it.
/// </summary>
internal static class KustomizeError
{
    public static string Describe(string standardError, string target, string targetDisplay)
    {
        var lines = standardError.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0 && !l.StartsWith("# Warning:", StringComparison.Ordinal)).ToList();
        var message = lines.Count == 0 ? "no message" : Message(lines);
        return message.Replace(target, targetDisplay, StringComparison.Ordinal);
    }

    private static string Message(List<string> lines)
    {
        var first = lines[0];
        var marker = first.IndexOf("err=", StringComparison.Ordinal);
        if (marker < 0)
        {
            return first.Trim();
        }

        var value = first[(marker + 4)..].Trim();
        if (value != "<")
        {
            return value.Trim('"');
        }

        var block = lines.Skip(1).TakeWhile(l => l.Trim() != ">").Select(l => l.Trim());
        return string.Join(' ', block);
    }
}
