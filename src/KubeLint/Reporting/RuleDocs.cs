using System.Text;
using KubeLint.Rules;

namespace KubeLint.Reporting;

/// <summary>Renders rule documentation from descriptors: the docs pages, <c>kubelint explain</c> and the README table.</summary>
internal static class RuleDocs
{
    /// <summary>The folder of the docs pages, relative to the repository root.</summary>
    public const string DocsFolder = "docs/rules";

    /// <summary>The docs page of one rule (Markdown).</summary>
    public static string Page(RuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var page = new StringBuilder();
        page.Append("# ").Append(rule.Id).Append(' ').AppendLine(rule.Name).AppendLine();
        page.Append("**").Append(rule.Title).Append("** · category `").Append(rule.Category)
            .Append("` · default severity `").Append(rule.DefaultSeverity.ToName()).Append("` · ")
            .Append(rule.EnabledByDefault ? "enabled by default" : "disabled by default")
            .Append(" · applies to: ").AppendLine(string.Join(", ", rule.AppliesTo)).AppendLine();
        if (rule.Pss is { } pss)
        {
            page.Append("Pod Security Standards: **").Append(pss.Level.ToString().ToLowerInvariant()).Append("** level, control \"")
                .Append(pss.Control).Append("\", from policy ").Append(pss.Since).AppendLine(pss.Level == KubeLint.Manifests.PodSecurity.PssLevel.Baseline ? ". Runs under `--pss baseline` and `--pss restricted`." : ". Runs under `--pss restricted`.").AppendLine();
        }
        else if (rule.Category == RuleCategories.PodSecurity)
        {
            page.AppendLine("Not part of the Pod Security Standards: it runs by default, and not when `--pss` selects a profile.").AppendLine();
        }

        Section(page, "What it checks", rule.WhatItChecks);
        Section(page, "Why it matters", rule.WhyItMatters);
        Section(page, "How to fix", rule.HowToFix);
        Section(page, "Automatic fix", rule.Fix is { } fix ? $"{fix} Run `kubelint fix` to see the edits as a diff; `--write` applies them, `--unsafe` includes unsafe ones." : string.Empty);
        if (rule.Example.Length > 0)
        {
            page.AppendLine("## Example").AppendLine().AppendLine("This fires:").AppendLine();
            YamlBlock(page, rule.Example);
        }

        if (rule.FixedExample.Length > 0)
        {
            page.AppendLine("This does not:").AppendLine();
            YamlBlock(page, rule.FixedExample);
        }
        if (rule.References.Count > 0)
        {
            page.AppendLine("## References").AppendLine();
            foreach (var reference in rule.References)
            {
                page.Append("- ").AppendLine(reference);
            }

            page.AppendLine();
        }

        page.Append("Suppress with the annotation `ignore.kubelint.io/").Append(rule.Name)
            .AppendLine(": \"<reason>\"` on the object (or its pod template).");
        return page.ToString();
    }

    /// <summary>A Markdown table of rules with links to their pages.</summary>
    public static string Table(IEnumerable<RuleDescriptor> rules, string linkPrefix = DocsFolder + "/")
    {
        ArgumentNullException.ThrowIfNull(rules);
        var table = new StringBuilder();
        table.AppendLine("| id | name | category | severity | title |").AppendLine("|---|---|---|---|---|");
        foreach (var rule in rules)
        {
            table.Append("| [").Append(rule.Id).Append("](").Append(linkPrefix).Append(rule.Id).Append(".md) | `")
                .Append(rule.Name).Append("` | ").Append(rule.Category).Append(" | ")
                .Append(rule.DefaultSeverity.ToName()).Append(" | ").Append(rule.Title).AppendLine(" |");
        }

        return table.ToString();
    }

    private static void Section(StringBuilder page, string heading, string text)
    {
        if (text.Length > 0)
        {
            page.Append("## ").AppendLine(heading).AppendLine().AppendLine(text).AppendLine();
        }
    }

    private static void YamlBlock(StringBuilder page, string yaml) =>
        page.AppendLine("```yaml").AppendLine(yaml.TrimEnd()).AppendLine("```").AppendLine();
}
