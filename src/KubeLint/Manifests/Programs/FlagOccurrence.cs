using KubeLint.Yaml;

namespace KubeLint.Manifests.Programs;

/// <summary>One <c>--flag</c> of a command line: <c>--a=b</c>, <c>--a b</c> or bare <c>--a</c>, with the list item that holds it.</summary>
/// <param name="Name">The flag's name without dashes.</param>
/// <param name="Value">The value, or null for a bare flag.</param>
/// <param name="Node">The list item (or the shell script) where the flag is written.</param>
internal sealed record FlagOccurrence(string Name, string? Value, YamlNode Node)
{
    /// <summary>Go's boolean flag semantics: bare means true; <c>=false</c>, <c>=0</c>, <c>=f</c> mean false.</summary>
    public bool IsTrue => Value is null || Value.ToLowerInvariant() is "true" or "1" or "t" or "yes";

    /// <summary>The comma-separated parts of the value.</summary>
    public IReadOnlyList<string> Parts => Value?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary><c>--name=value</c> or <c>--name</c>, for messages.</summary>
    public string Display => Value is null ? $"--{Name}" : $"--{Name}={Value}";
}
