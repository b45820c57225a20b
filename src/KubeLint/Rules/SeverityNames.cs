namespace KubeLint.Rules;

/// <summary>The lower-case names used for severities in output and configuration.</summary>
public static class SeverityNames
{
    /// <summary><c>error</c>, <c>warning</c> or <c>note</c>.</summary>
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>Parses <c>error</c>, <c>warning</c> or <c>note</c> (any case).</summary>
    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.ToLowerInvariant())
        {
            case "error":
                severity = Severity.Error;
                return true;
            case "warning":
                severity = Severity.Warning;
                return true;
            case "note":
                severity = Severity.Note;
                return true;
            default:
                severity = Severity.Note;
                return false;
        }
    }
}
