using System.Diagnostics;
using KubeLint.Manifests.AdminUis;

namespace KubeLint.Tests.Manifests;

/// <summary>The built-in admin-UI image patterns run on the backtracking engine: they must stay linear.</summary>
public class ImagePatternsTests
{
    public static IEnumerable<TestCaseData> BuiltInPatterns() =>
        AdminUiCatalog.BuiltIn.SelectMany(e => e.Images.Select(p => new TestCaseData(p).SetArgDisplayNames(e.Id)));

    [TestCaseSource(nameof(BuiltInPatterns))]
    public void A_built_in_pattern_needs_no_backtracking_and_matches_hostile_images_quickly(string pattern)
    {
        Assert.That(() => LinearRegex.Create(pattern), Throws.Nothing, "the pattern needs back-references or lookarounds");
        string[] hostile =
        [
            string.Concat(Enumerable.Repeat("kubernetes-dashboard-arm-", 4_000)) + "!",
            string.Concat(Enumerable.Repeat("a/", 50_000)) + "!",
            string.Concat(Enumerable.Repeat("grafana-oss", 10_000)) + "/",
        ];

        var watch = Stopwatch.StartNew();
        foreach (var image in hostile)
        {
            _ = ImagePatterns.IsMatch(image, pattern);
        }

        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)), "a generous bound: each match is linear and takes well under a millisecond per kilobyte");
    }

    [TestCase("kubernetesui/dashboard", "kubernetes-dashboard", true)]
    [TestCase("registry.example.com/mirror/grafana/grafana", "grafana", true)]
    [TestCase("example.com/not-grafana/grafana-agent", "grafana", false)]
    public void Built_in_patterns_match_repositories_under_any_registry(string repository, string id, bool expected) =>
        Assert.That(AdminUiCatalog.BuiltIn.Single(e => e.Id == id).Images.Any(p => ImagePatterns.IsMatch(repository, p)), Is.EqualTo(expected));
}
