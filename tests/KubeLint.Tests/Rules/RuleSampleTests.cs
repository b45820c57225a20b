using KubeLint.Linting;
using KubeLint.Manifests;
using KubeLint.Rules;
using KubeLint.Tests.Support;
using KubeLint.Yaml;

namespace KubeLint.Tests.Rules;

/// <summary>
/// Every rule has Rules/Samples/&lt;id&gt;.yaml: objects named fire-* must get the rule's finding,
/// objects named ok-* must not. The exact findings (line:column) are the golden file next to it.
/// </summary>
public class RuleSampleTests
{
    public static IEnumerable<TestCaseData> AllRules() =>
        BuiltInRules.All.Select(r => new TestCaseData(r.Descriptor.Id).SetArgDisplayNames($"{r.Descriptor.Id} {r.Descriptor.Name}"));

    private static string SamplePath(string id) => Path.Combine(RepositoryPaths.TestData, "Rules", "Samples", id + ".yaml");

    /// <summary>Every rule, less any that reports <paramref name="id"/> together with others, so the rule reports on its own.</summary>
    internal static Linter LinterFor(string id) =>
        new(BuiltInRules.All.Where(r => !r.Descriptor.Summarizes.Contains(id)));

    [TestCaseSource(nameof(AllRules))]
    public void Fires_on_every_fire_object_and_on_no_ok_object(string id)
    {
        var path = SamplePath(id);
        Assert.That(File.Exists(path), Is.True, $"{id} has no sample file at {path}");
        var text = File.ReadAllText(path);
        var result = LinterFor(id).LintText(text, id + ".yaml");
        var names = ObjectNames(text);
        var flagged = result.Findings.Where(f => f.RuleId == id).Select(f => f.Object.Name).ToHashSet();

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Is.Empty, "the sample must be valid");
            Assert.That(names.Where(n => n.StartsWith("fire-", StringComparison.Ordinal)), Is.Not.Empty, "a sample needs fire-* objects");
            Assert.That(names.Where(n => n.StartsWith("ok-", StringComparison.Ordinal)), Is.Not.Empty, "a sample needs ok-* objects");
            foreach (var name in names.Where(n => n.StartsWith("fire-", StringComparison.Ordinal)))
            {
                Assert.That(flagged, Does.Contain(name), $"{id} must fire on {name}");
            }

            foreach (var name in names.Where(n => n.StartsWith("ok-", StringComparison.Ordinal)))
            {
                Assert.That(flagged, Does.Not.Contain(name), $"{id} must not fire on {name}");
            }
        });
    }

    [TestCaseSource(nameof(AllRules))]
    public void Findings_match_the_golden_file(string id)
    {
        var text = File.ReadAllText(SamplePath(id));
        var result = LinterFor(id).LintText(text, id + ".yaml");
        var lines = result.Findings.Where(f => f.RuleId == id)
            .Select(f => $"{f.Location.Start.Line}:{f.Location.Start.Column}-{f.Location.End.Line}:{f.Location.End.Column} {f.Severity.ToName()} {f.Object.Display}: {f.Message}");
        Golden.Verify(Path.ChangeExtension(SamplePath(id), ".golden.txt"), string.Join('\n', lines));
    }

    private static List<string> ObjectNames(string text)
    {
        var documents = YamlLoader.Load(text).Documents;
        return documents.Select(d => (d.Root as YamlMapping)?.GetMapping("metadata")?.GetString("name"))
            .OfType<string>()
            .ToList();
    }
}
