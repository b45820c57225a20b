using KubeLint.Linting;
using KubeLint.Manifests;
using KubeLint.Manifests.Index;
using KubeLint.Tests.Support;
using KubeLint.Yaml;

namespace KubeLint.Tests.Untrusted;

/// <summary>What a run keeps follows the distinct content of its input, not how many times aliases repeat it.</summary>
public class FanOutTests
{
    private static string AliasedContainers(int pods, int aliases) =>
        string.Join("---\n", Enumerable.Range(0, pods).Select(i =>
            $"apiVersion: v1\nkind: Pod\nmetadata: {{name: p{i}}}\nspec:\n  initContainers:\n    - &c {{name: c, image: b, securityContext: {{privileged: true}}}}\n  containers:\n{string.Concat(Enumerable.Repeat("    - *c\n", aliases))}"));

    [Test]
    public void A_container_listed_ninety_thousand_times_through_an_alias_is_one_container()
    {
        var result = new Linter().LintText(AliasedContainers(pods: 10, aliases: 90_000), "fan-out.yaml");

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Is.Empty);
            Assert.That(result.Findings.Count(f => f.RuleId == "KL3001"), Is.EqualTo(20), "each pod's init container and its one aliased container");
            Assert.That(result.Findings.Count, Is.LessThan(300));
        });
    }

    [Test]
    public void Aliases_across_the_files_of_a_run_share_one_budget()
    {
        using var dir = new TempDirectory();
        for (var i = 0; i < 5; i++)
        {
            dir.Write($"f{i}.yaml", AliasedContainers(pods: 1, aliases: 50_000));
        }

        var limits = new YamlLimits { MaxAliasExpansionPerRun = 120_000 };
        var result = new Linter().Lint(new LintRequest { Paths = [dir.Path], YamlLimits = limits, UseConfigFiles = false, MaxDegreeOfParallelism = 1 });

        Assert.That(result.Errors.Select(e => e.Message), Has.Some.StartWith("aliases expand the files of this run by more than 120,000 nodes"));
    }

    [Test]
    public void A_large_config_map_leaves_only_the_settings_checks_need()
    {
        var yaml = $"apiVersion: v1\nkind: ConfigMap\nmetadata: {{name: big}}\ndata:\n  dashboard.json: \"{new string('x', 16 * 1024 * 1024)}\"\n  grafana.ini: \"[auth.anonymous]\\nenabled = true\\n{new string('y', 1024 * 1024)}\"\n";
        var obj = ManifestReader.Read("cm.yaml", yaml, "default", YamlLimits.Default).Objects.Single();
        var facts = new FileFacts();

        FactExtractor.Extract(obj, null, KubeLint.Manifests.Suppressions.SuppressionSet.None, facts, KubeLint.Manifests.AdminUis.AdminUiCatalog.BuiltIn, c => KubeLint.Manifests.Programs.ContainerCommandLine.Parse(c.Node));

        var kept = facts.ConfigMaps.Single().Matches;
        Assert.Multiple(() =>
        {
            Assert.That(kept.Keys, Is.EqualTo(new[] { "grafana.ini" }), "only a key that turns a login off is kept");
            Assert.That(kept["grafana.ini"].Value.Select(c => c.Reason), Has.Some.Contains("anonymous"));
        });
    }
}
