using System.Diagnostics;
using System.Text.Json.Nodes;
using KubeLint.Linting;
using KubeLint.Rules;
using KubeLint.Rules.Fixes;
using KubeLint.Tests.Support;
using KubeLint.Yaml;

namespace KubeLint.Tests.Fixing;

/// <summary>
/// For every rule with a fix: fixing its documented example silences it, and what kubectl sends for
/// the fixed file is what it sent before plus exactly the fields the fixes set.
/// </summary>
public class FixRoundTripTests
{
    private static IEnumerable<string> FixableRules() =>
        BuiltInRules.All.Where(r => new Linter().LintText(r.Descriptor.Example).Findings.Any(f => f.Fixes.Count > 0 && (f.RuleId == r.Descriptor.Id || f.Fixes.Any(x => x.RuleId == r.Descriptor.Id))))
            .Select(r => r.Descriptor.Name);

    [Test]
    public void The_pod_security_settings_with_a_clear_fix_have_one()
    {
        Assert.That(FixableRules(), Is.SupersetOf(new[]
        {
            "privileged-container", "host-network", "host-pid", "host-ipc", "privilege-escalation-allowed", "seccomp-not-set",
            "capabilities-not-dropped", "run-as-non-root-not-enforced", "writable-root-filesystem", "restricted-hardening",
        }));
    }

    [Test]
    public void Exactly_the_rules_with_a_fix_document_it()
    {
        Assert.That(BuiltInRules.All.Where(r => r.Descriptor.Fix is not null).Select(r => r.Descriptor.Name), Is.EquivalentTo(FixableRules()));
    }

    private static IEnumerable<TestCaseData> Inputs() =>
        FixableRules().SelectMany(rule => new[] { new TestCaseData(rule, "example"), new TestCaseData(rule, "samples") });

    [TestCaseSource(nameof(Inputs))]
    public void Fixing_the_rules_example_and_samples_silences_it_and_changes_exactly_the_fixed_fields(string rule, string input)
    {
        var descriptor = BuiltInRules.Find(rule)!.Descriptor;
        var before = input == "example" ? descriptor.Example : File.ReadAllText(Path.Combine(RepositoryPaths.TestData, "Rules", "Samples", descriptor.Id + ".yaml"));
        var findings = new Linter().LintText(before).Findings;
        var intents = findings.Where(f => f.RuleId == descriptor.Id || f.Fixes.Any(x => x.RuleId == descriptor.Id))
            .SelectMany(f => f.Fixes.Where(x => f.RuleId == descriptor.Id || x.RuleId == descriptor.Id).Select(x => (f.Object, Intent: x)))
            .ToList();

        var after = FileFixerTests.Fix(before, includeUnsafe: true, rule);
        var expected = Decode(before);
        foreach (var (obj, intent) in intents)
        {
            Apply(expected.Single(o => o["kind"]?.GetValue<string>() == obj.Kind && o["metadata"]?["name"]?.GetValue<string>() == obj.Name), intent);
        }

        Assert.Multiple(() =>
        {
            Assert.That(new Linter().LintText(after).Findings.Where(f => f.RuleId == descriptor.Id), Is.Empty, after);
            Assert.That(Decode(after).Select(KubectlJson.Canonical), Is.EqualTo(expected.Select(KubectlJson.Canonical)), after);
        });
    }

    /// <summary>What kubectl sends for the text (kubectl-sends when kubectl is here; else KubeLint's own decoding, which the decoding tests hold equal to it).</summary>
    private static List<JsonObject> Decode(string text)
    {
        var tool = RepositoryPaths.Shared is { } shared ? Path.Combine(shared, "tools", "kubectl-sends") : null;
        if (tool is not null && File.Exists(tool) && RenderTools.Kustomize is { } kubectl && Path.GetFileName(kubectl) == "kubectl")
        {
            using var dir = new TempDirectory();
            var file = dir.Write("objects.yaml", text);
            var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(tool);
            start.ArgumentList.Add(file);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (string.IsNullOrWhiteSpace(output))
            {
                return [];
            }

            var root = JsonNode.Parse(output)!.AsObject();
            var objects = root["kind"]?.GetValue<string>() == "List" && root["metadata"] is null ? root["items"]!.AsArray().Select(i => i!.AsObject()) : [root];
            return [.. objects.Select(o => (JsonObject)JsonNode.Parse(o.ToJsonString())!)];
        }

        return [.. YamlLoader.Load(text).Documents.Select(d => (JsonObject)KubectlJson.Convert(d.Root)!)];
    }

    /// <summary>Sets (or adds to the list at) the intent's field in the decoded object.</summary>
    internal static void Apply(JsonObject obj, FixIntent intent)
    {
        JsonNode node = obj;
        foreach (var segment in intent.Target.Replace("]", string.Empty, StringComparison.Ordinal).Split(['.', '['], StringSplitOptions.RemoveEmptyEntries))
        {
            node = int.TryParse(segment, out var index) ? node.AsArray()[index]! : node.AsObject()[segment]!;
        }

        var mapping = node.AsObject();
        foreach (var key in intent.Keys.SkipLast(1))
        {
            mapping = (mapping[key] ??= new JsonObject()).AsObject();
        }

        var value = KubectlJson.Convert(YamlLoader.Load(intent.Value).Documents[0].Root);
        if (intent.AddsToList)
        {
            var list = (mapping[intent.Keys[^1]] ??= new JsonArray()).AsArray();
            if (!list.Any(item => item?.ToJsonString() == value!.ToJsonString()))
            {
                list.Add(value);
            }
        }
        else
        {
            mapping[intent.Keys[^1]] = value;
        }
    }
}
