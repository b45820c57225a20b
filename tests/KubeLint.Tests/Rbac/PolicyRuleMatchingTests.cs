using KubeLint.Manifests.Rbac;
using KubeLint.Yaml;

namespace KubeLint.Tests.Rbac;

public class PolicyRuleMatchingTests
{
    private static PolicyRule Rule(string groups, string resources, string verbs, string names = "[]") =>
        PolicyRule.Read((YamlMapping)YamlLoader.Load($"{{apiGroups: {groups}, resources: {resources}, verbs: {verbs}, resourceNames: {names}}}").Documents[0].Root, "r.yaml");

    [TestCase("[\"\"]", "[secrets]", "[get]", "", "secrets", "get", true)]
    [TestCase("[\"\"]", "[secrets]", "[get]", "apps", "secrets", "get", false)]
    [TestCase("[\"*\"]", "[secrets]", "[get]", "", "secrets", "get", true)]
    [TestCase("[\"\"]", "[\"*\"]", "[get]", "", "pods/exec", "get", true)]
    [TestCase("[\"\"]", "[pods]", "[get]", "", "pods/exec", "get", false)]
    [TestCase("[\"\"]", "[\"*/exec\"]", "[create]", "", "pods/exec", "create", true)]
    [TestCase("[\"\"]", "[\"*/exec\"]", "[create]", "", "pods", "create", false)]
    [TestCase("[\"\"]", "[pods/exec]", "[\"*\"]", "", "pods/exec", "get", true)]
    [TestCase("[batch]", "[cronjob]", "[create]", "batch", "cronjobs", "create", false)]
    public void Matches_like_the_rbac_authorizer(string groups, string resources, string verbs, string group, string resource, string verb, bool expected) =>
        Assert.That(Rule(groups, resources, verbs).Allows(group, resource, verb), Is.EqualTo(expected));

    [Test]
    public void Resource_names_narrow_a_rule_and_stop_it_being_a_full_wildcard()
    {
        var narrowed = Rule("[\"*\"]", "[\"*\"]", "[\"*\"]", "[one]");
        Assert.Multiple(() =>
        {
            Assert.That(narrowed.IsNarrowed, Is.True);
            Assert.That(narrowed.IsFullWildcard, Is.False);
            Assert.That(Rule("[\"*\"]", "[\"*\"]", "[\"*\"]").IsFullWildcard, Is.True);
        });
    }
}
