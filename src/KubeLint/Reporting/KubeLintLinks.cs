namespace KubeLint.Reporting;

/// <summary>Where KubeLint's documentation lives, for reports that link to it.</summary>
internal static class KubeLintLinks
{
    /// <summary>The project's home.</summary>
    public const string Repository = "https://github.com/kubelint/kubelint";

    /// <summary>The docs page of a rule.</summary>
    public static string RulePage(string ruleId) => $"{Repository}/blob/main/{RuleDocs.DocsFolder}/{ruleId}.md";
}
