using System.Text;
using KubeLint.Linting.Configuration;
using KubeLint.Rules;
using KubeLint.Rules.Custom;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.CustomChecks;

/// <summary>docs/custom-checks.md lists the catalogue as the code has it, and the README's example configuration loads.</summary>
public class CustomChecksDocTests
{
    private const string Marker = "<!-- generated from src/KubeLint/Rules/Custom/ReadyMadeChecks.cs";

    private static readonly RuleDescriptor[] BuiltIn = [.. BuiltInRules.All.Select(r => r.Descriptor)];

    [Test]
    public void The_catalogue_section_is_generated_from_the_catalogue()
    {
        var path = Path.Combine(RepositoryPaths.Root, "docs", "custom-checks.md");
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var markerAt = text.IndexOf(Marker, StringComparison.Ordinal);
        Assert.That(markerAt, Is.GreaterThan(0), "the generated section's marker");
        var head = text[..text.IndexOf('\n', markerAt)];

        Golden.Verify(path, head + "\n\n" + Catalogue());
    }

    [Test]
    public void The_readme_example_loads()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var section = readme[readme.IndexOf("## Your own checks", StringComparison.Ordinal)..];
        var start = section.IndexOf("```yaml\n", StringComparison.Ordinal) + "```yaml\n".Length;
        var yaml = string.Join("\n", section[start..section.IndexOf("```", start, StringComparison.Ordinal)].Split('\n').Where(line => !line.Contains("include:", StringComparison.Ordinal)));

        var (config, errors) = ConfigLoader.Parse("README.md", yaml, BuiltIn);

        Assert.Multiple(() =>
        {
            Assert.That(errors.Select(e => $"{e.Line}:{e.Column} {e.Message}"), Is.Empty);
            Assert.That(config!.Checks.Select(c => c.Descriptor.Id), Is.EqualTo(new[] { "ACME-001", "ACME-011" }));
        });
    }

    private static string Catalogue()
    {
        var page = new StringBuilder();
        page.AppendLine("| check | finds | target | parameters |").AppendLine("|---|---|---|---|");
        foreach (var entry in ReadyMadeChecks.All)
        {
            var parameters = entry.Parameters.Count == 0 ? "none" : string.Join(", ", entry.Parameters.Select(p => $"`{p.Name}`{(p.Required ? string.Empty : " (optional)")}"));
            page.AppendLine($"| [`{entry.Name}`](#{entry.Name}) | {entry.Title} | {Target(entry)} | {parameters} |");
        }

        foreach (var entry in ReadyMadeChecks.All)
        {
            page.AppendLine().Append("### ").AppendLine(entry.Name).AppendLine();
            page.Append("**").Append(entry.Title).Append("** · default severity `").Append(entry.Severity.ToName()).Append("` · ").AppendLine(Target(entry)).AppendLine();
            page.AppendLine(entry.WhatItChecks).AppendLine().AppendLine(entry.WhyItMatters).AppendLine();
            foreach (var (name, required, meaning) in entry.Parameters)
            {
                page.Append("- `").Append(name).Append('`').Append(required ? string.Empty : " (optional)").Append(": ").AppendLine(meaning);
            }

            if (entry.Parameters.Count > 0)
            {
                page.AppendLine();
            }

            page.AppendLine("```yaml").AppendLine("checks:").AppendLine("  - id: ACME-001").Append("    use: ").AppendLine(entry.Name);
            if (entry.Parameters.Count > 0)
            {
                page.Append("    with: ").AppendLine(entry.ExampleParameters);
            }

            page.AppendLine("```").AppendLine().AppendLine("Fires on:").AppendLine().AppendLine("```yaml").Append(entry.Example).AppendLine("```").AppendLine();
            page.AppendLine("Not on:").AppendLine().AppendLine("```yaml").Append(entry.FixedExample).AppendLine("```");
        }

        return page.ToString();
    }

    private static string Target(CatalogueEntry entry) => entry.Relation is not null
        ? $"each {string.Join(", ", entry.Kinds)} (across objects)"
        : entry.Target switch
        {
            CheckTarget.Container => "each container" + (entry.ContainerLists is { } lists ? $" ({string.Join(", ", lists.Select(KubeLint.Manifests.Workloads.ContainerView.KeyOf))})" : string.Empty),
            CheckTarget.PodSpec => "each pod spec",
            _ => entry.Kinds.Count > 0 ? $"each {string.Join(", ", entry.Kinds)}" : "each object `match` selects",
        };
}
