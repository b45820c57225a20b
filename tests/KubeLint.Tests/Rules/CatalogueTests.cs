using System.Text.RegularExpressions;
using KubeLint.Rules;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Rules;

/// <summary>The catalogue stays honest: ids, names, files, folders and every descriptor field.</summary>
public partial class CatalogueTests
{
    private static IReadOnlyList<RuleDescriptor> Descriptors => BuiltInRules.All.Select(r => r.Descriptor).ToList();

    [Test]
    public void Ids_match_the_pattern_and_are_unique_and_sorted()
    {
        var ids = Descriptors.Select(d => d.Id).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(ids, Has.All.Matches(IdPattern()));
            Assert.That(ids, Is.Unique);
            Assert.That(ids, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal), "BuiltInRules.All is listed in id order");
        });
    }

    [Test]
    public void Names_are_unique_kebab_case()
    {
        var names = Descriptors.Select(d => d.Name).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(names, Is.Unique);
            Assert.That(names, Has.All.Matches(KebabPattern()));
        });
    }

    [Test]
    public void RuleIds_table_is_sorted_and_matches_the_rules()
    {
        var constants = typeof(RuleIds).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(constants, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
            Assert.That(constants, Is.EquivalentTo(Descriptors.Select(d => d.Id)));
        });
    }

    [Test]
    public void Every_field_is_filled_and_follows_the_house_style()
    {
        Assert.Multiple(() =>
        {
            foreach (var d in Descriptors)
            {
                Assert.That(d.Title, Is.Not.Empty.And.Not.EndsWith("."), $"{d.Id} title is a noun phrase");
                Assert.That(RuleCategories.All, Does.Contain(d.Category), $"{d.Id} category");
                Assert.That(d.AppliesTo, Is.Not.Empty, $"{d.Id} applies-to");
                Assert.That(d.WhatItChecks, Is.Not.Empty, $"{d.Id} what it checks");
                Assert.That(d.WhyItMatters, Is.Not.Empty, $"{d.Id} why it matters");
                Assert.That(d.HowToFix, Does.EndWith("."), $"{d.Id} remediation ends with a period");
                Assert.That(d.HowToFix.Count(c => c == '.'), Is.LessThanOrEqualTo(3), $"{d.Id} remediation is one sentence");
                Assert.That(d.Example, Is.Not.Empty, $"{d.Id} example");
                Assert.That(d.FixedExample, Is.Not.Empty, $"{d.Id} fixed example");
                Assert.That(d.References, Is.Not.Empty, $"{d.Id} references");
            }
        });
    }

    [Test]
    public void Ids_are_grouped_by_category()
    {
        var prefixes = new Dictionary<string, char>
        {
            [RuleCategories.Input] = '0',
            [RuleCategories.Rbac] = '1',
            [RuleCategories.ServiceAccountToken] = '2',
            [RuleCategories.PodSecurity] = '3',
            [RuleCategories.Dashboard] = '4',
            [RuleCategories.ApiServer] = '5',
            [RuleCategories.Ingress] = '6',
        };
        Assert.That(Descriptors.Where(d => d.Id[2] != prefixes[d.Category]).Select(d => d.Id), Is.Empty);
    }

    [Test]
    public void Each_rule_lives_in_its_own_file_named_after_it_in_its_category_folder()
    {
        Assert.Multiple(() =>
        {
            foreach (var rule in BuiltInRules.All)
            {
                var type = rule.GetType();
                var expectedClass = string.Concat(rule.Descriptor.Name.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..])) + "Rule";
                var folder = string.Concat(rule.Descriptor.Category.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
                Assert.That(type.Name, Is.EqualTo(expectedClass).IgnoreCase, $"{rule.Descriptor.Id} class name");
                Assert.That(type.Namespace, Is.EqualTo($"KubeLint.Rules.{folder}"), $"{rule.Descriptor.Id} namespace/folder");
                var file = Path.Combine(RepositoryPaths.Root, "src", "KubeLint", "Rules", folder, type.Name + ".cs");
                Assert.That(File.Exists(file), Is.True, $"{rule.Descriptor.Id} file {file}");
                Assert.That(type.IsSealed && !type.IsPublic, Is.True, $"{rule.Descriptor.Id} is internal sealed");
            }
        });
    }

    [GeneratedRegex(@"^KL\d{4}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabPattern();
}
