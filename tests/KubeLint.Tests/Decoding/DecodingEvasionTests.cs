using KubeLint.Linting;
using KubeLint.Rules;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Decoding;

/// <summary>
/// Each way of writing a manifest that kubectl deploys differently from a naive YAML reading: the
/// security rules see what kubectl sends, so <c>--fail-on error</c> fails. The inputs are the
/// recorded cases of <see cref="KubectlDecodingTests"/>.
/// </summary>
public class DecodingEvasionTests
{
    private static LintResult LintCase(string name) =>
        new Linter().Lint(new LintRequest { Paths = [Path.Combine(RepositoryPaths.TestData, "Decoding", "Cases", name)], UseConfigFiles = false });

    private static List<string> Errors(LintResult result) =>
        [.. result.Findings.Where(f => f.Severity == Severity.Error).Select(f => $"{f.RuleId} {f.Object.Name}").Distinct().Order(StringComparer.Ordinal)];

    [Test]
    public void Items_of_any_kind_are_linted_and_the_wrapper_is_not()
    {
        var result = LintCase("items-on-any-kind.yaml");
        Assert.Multiple(() =>
        {
            Assert.That(Errors(result), Is.SupersetOf(new[]
            {
                "KL1001 default-admin", "KL3001 evil", "KL3002 from-kustomization-items", "KL3003 host-pid",
            }));
            Assert.That(result.Findings.Select(f => f.Object.Name), Has.None.EqualTo("hardened-wrapper").And.None.EqualTo("never-deployed"));
            Assert.That(result.Findings.Single(f => f.RuleId == "KL3001").Location.Start.Line, Is.EqualTo(21), "at the item's own line");
        });
    }

    [Test]
    public void A_merge_key_after_an_explicit_key_overrides_it_in_every_position()
    {
        var result = LintCase("merge-keys-in-document-order.yaml");
        Assert.Multiple(() =>
        {
            Assert.That(Errors(result), Is.SupersetOf(new[]
            {
                "KL3001 merge-after-explicit", "KL3003 merge-after-explicit", "KL3101 explicit-after-merge",
                "KL3001 two-merges", "KL5001 kube-apiserver", "KL5002 kube-apiserver",
            }));
            Assert.That(Errors(result), Has.None.EqualTo("KL3004 explicit-after-merge"), "an explicit key after the merge wins");
            Assert.That(result.Findings.Any(f => f.RuleId == "KL1003" && f.Object.Name == "reader"), Is.True, "the merged rule reads secrets");
        });
    }

    [Test]
    public void A_float_with_a_whole_value_is_that_integer_for_every_rule()
    {
        var result = LintCase("numbers-as-kubectl-sends-them.yaml");
        var rootContainers = result.Findings.Where(f => f.RuleId == "KL3101" && f.Object.Name == "float-forms").Select(f => f.Container).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(rootContainers, Is.SupersetOf(new[] { "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k" }));
            Assert.That(result.Findings.Where(f => f.RuleId == "KL3107" && f.Object.Name == "float-forms"), Is.Not.Empty, "runAsGroup 0e0 and fsGroup .0");
            Assert.That(result.Findings.Any(f => f.RuleId == "KL3006" && f.Message.Contains("80", StringComparison.Ordinal)), Is.True, "hostPort 8.0e1");
            Assert.That(result.Findings.Where(f => f.RuleId == "KL3101" && f.Object.Name == "other-forms"), Is.Empty);
            Assert.That(result.Findings.Where(f => f.RuleId == "KL0002" && f.Severity == Severity.Note).Select(f => f.Message), Has.Some.Contains("written as the float 0.0, which kubectl sends as the integer 0"));
        });
    }

    [Test]
    public void Yaml_1_1_booleans_are_booleans_and_mixed_case_words_are_strings()
    {
        var result = LintCase("booleans-as-kubectl-sends-them.yaml");
        var privileged = result.Findings.Where(f => f.RuleId == "KL3001").Select(f => f.Container).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(Errors(result), Is.SupersetOf(new[] { "KL3002 yaml11-booleans", "KL3003 yaml11-booleans", "KL3004 yaml11-booleans" }));
            Assert.That(privileged, Is.EquivalentTo(new[] { "a", "b" }));
            Assert.That(result.Findings.Count(f => f.RuleId == "KL0002"), Is.EqualTo(2), "\"true\" and yEs are strings the API server refuses");
        });
    }

    [Test]
    public void A_duplicate_key_is_an_input_error_and_the_value_kubectl_sends_is_linted()
    {
        var result = LintCase("duplicate-keys-last-wins.yaml");
        Assert.Multiple(() =>
        {
            Assert.That(result.Errors.Select(e => e.Message), Has.Some.StartsWith("duplicate key \"containers\""));
            Assert.That(Errors(result), Does.Contain("KL3001 duplicate-keys"));
        });
    }

    [Test]
    public void A_pod_after_a_separator_with_a_comment_is_linted()
    {
        var result = LintCase("separator-with-comment.yaml");
        Assert.Multiple(() =>
        {
            Assert.That(Errors(result), Does.Contain("KL3001 hidden"));
            Assert.That(result.Findings.First(f => f.RuleId == "KL3001").Location.Start.Line, Is.EqualTo(17));
            Assert.That(result.Errors, Is.Empty);
        });
    }

    [Test]
    public void Every_object_of_a_json_stream_is_linted_at_its_position()
    {
        var result = LintCase("json-stream.json");
        Assert.Multiple(() =>
        {
            Assert.That(Errors(result), Is.SupersetOf(new[] { "KL3003 concatenated", "KL3001 next-line", "KL3101 next-line" }));
            var hostPid = result.Findings.Single(f => f.RuleId == "KL3003");
            Assert.That((hostPid.Location.Start.Line, hostPid.Location.Start.Column), Is.EqualTo((1, 194)), "the key \"hostPID\" on line 1");
            Assert.That(result.Findings.Single(f => f.RuleId == "KL3001").Location.Start.Line, Is.EqualTo(2));
        });
    }

    [TestCase("tag-contradicts-text.yaml", "cannot decode !!float `0.0` as a !!int")]
    [TestCase("separator-followed-by-content.yaml", "refuses a document separator followed by content")]
    [TestCase("json-then-yaml.yaml", "kubectl stops reading the file here")]
    [TestCase("json-stream-stops-at-non-object.json", "refuses this value, which is not an object")]
    [TestCase("document-end-marker.yaml", "ignores this one, after the `...` end marker")]
    public void What_kubectl_refuses_or_ignores_is_an_input_error_so_the_gate_fails(string name, string message)
    {
        var result = LintCase(name);
        Assert.Multiple(() =>
        {
            Assert.That(result.Errors.Select(e => e.Message), Has.Some.Contains(message));
            Assert.That(result.Errors, Is.Not.Empty, "input errors fail the run (exit 1)");
        });
    }
}
