using KubeLint.Linting;
using KubeLint.Linting.Fixing;
using KubeLint.Rules.Fixes;

namespace KubeLint.Tests.Fixing;

/// <summary>Fixes as text edits: in the mapping that exists, in the file's style and line endings, nothing else touched.</summary>
public class FileFixerTests
{
    internal static string Fix(string text, bool includeUnsafe = true, params string[] selectors)
    {
        var plan = FixPlan.Make(new Linter().LintText(text, "pod.yaml"), selectors, includeUnsafe, _ => text);
        Assert.That(plan.Notes, Is.Empty);
        Assert.That(plan.Changes, Has.Count.LessThanOrEqualTo(1));
        return plan.Changes.SingleOrDefault()?.Fixed ?? text;
    }

    [Test]
    public void Settings_go_into_the_existing_security_context_at_its_indentation_and_comments_stay()
    {
        const string Before = """
            # keep me
            apiVersion: v1
            kind: Pod
            metadata:
              name: web   # and me
            spec:
              containers:
                - name: web
                  image: nginx:1.27   # pinned
                  securityContext:
                    runAsUser: 1000   # the app user
                  ports:
                    - containerPort: 8080
            """;

        Assert.That(Fix(Before, includeUnsafe: false), Is.EqualTo("""
            # keep me
            apiVersion: v1
            kind: Pod
            metadata:
              name: web   # and me
            spec:
              containers:
                - name: web
                  image: nginx:1.27   # pinned
                  securityContext:
                    runAsUser: 1000   # the app user
                    allowPrivilegeEscalation: false
                    capabilities:
                      drop:
                        - ALL
                    runAsNonRoot: true
                    seccompProfile:
                      type: RuntimeDefault
                  ports:
                    - containerPort: 8080
            """));
    }

    [Test]
    public void A_flow_mapping_and_a_flow_list_get_flow_entries()
    {
        const string Before = "apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers:\n  - {name: web, image: 'nginx:1.27', securityContext: {runAsUser: 1000, capabilities: {drop: [NET_RAW]}}}\n";

        Assert.That(Fix(Before, includeUnsafe: false), Is.EqualTo(
            "apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers:\n  - {name: web, image: 'nginx:1.27', securityContext: {runAsUser: 1000, capabilities: {drop: [NET_RAW, ALL]}, allowPrivilegeEscalation: false, runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}}\n"));
    }

    [Test]
    public void Windows_line_endings_four_space_indentation_and_a_missing_final_newline_are_kept()
    {
        var before = "apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n    name: web\r\nspec:\r\n    containers:\r\n    -   name: web\r\n        image: nginx:1.27";

        var after = Fix(before, includeUnsafe: false, "seccomp-not-set");

        Assert.That(after, Is.EqualTo(before + "\r\n        securityContext:\r\n            seccompProfile:\r\n                type: RuntimeDefault\r\n"));
    }

    [Test]
    public void Several_documents_and_a_pod_level_field_are_edited_in_place()
    {
        const string Before = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  hostNetwork: true\n  hostPID: \"true\"\n  containers:\n  - name: a\n    image: a:1\n    securityContext:\n      privileged: true\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: b\nspec:\n  hostIPC: yes\n  containers:\n  - name: b\n    image: b:1\n";

        var after = Fix(Before, includeUnsafe: true, "host-network", "host-pid", "host-ipc", "privileged-container");

        Assert.That(after, Is.EqualTo(Before.Replace("hostNetwork: true", "hostNetwork: false", StringComparison.Ordinal)
            .Replace("privileged: true", "privileged: false", StringComparison.Ordinal)
            .Replace("hostIPC: yes", "hostIPC: false", StringComparison.Ordinal)), "hostPID: \"true\" is a string, which the API server refuses: no finding, no fix");
    }

    [Test]
    public void Whitespace_only_lines_an_indentless_list_and_a_flow_mapping_on_its_own_line_are_handled()
    {
        const string Before = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n   \nspec:\n  \t\n  containers:\n  - name: a\n    image: a:1\n    resources:\n      {}\n    securityContext:\n      capabilities:\n        drop:\n        - ALL\n      readOnlyRootFilesystem: true\n  - name: b\n    image: b:1\n    securityContext:\n      {}\n";

        Assert.That(Fix(Before, includeUnsafe: false), Is.EqualTo(Before
            .Replace("      readOnlyRootFilesystem: true\n", "      readOnlyRootFilesystem: true\n      allowPrivilegeEscalation: false\n      seccompProfile:\n        type: RuntimeDefault\n", StringComparison.Ordinal)
            .Replace("    securityContext:\n      {}\n", "    securityContext:\n      {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}, seccompProfile: {type: RuntimeDefault}}\n", StringComparison.Ordinal)));
    }

    [Test]
    public void A_merged_key_is_overridden_in_place_and_an_aliased_value_is_left_to_a_person()
    {
        const string Merged = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  initContainers:\n  - name: i\n    image: i:1\n    securityContext: &base\n      allowPrivilegeEscalation: false\n      privileged: true\n  containers:\n  - name: c\n    image: c:1\n    securityContext:\n      <<: *base\n      runAsUser: 1000\n";
        const string Aliased = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  initContainers:\n  - name: i\n    image: i:1\n    securityContext: &base {privileged: true}\n  containers:\n  - name: c\n    image: c:1\n    securityContext: *base\n";

        var merged = Fix(Merged, includeUnsafe: true, "privileged-container");
        var plan = FixPlan.Make(new Linter().LintText(Aliased, "pod.yaml"), ["privileged-container"], includeUnsafe: true, _ => Aliased);

        Assert.Multiple(() =>
        {
            Assert.That(merged, Is.EqualTo(Merged.Replace("      privileged: true\n", "      privileged: false\n", StringComparison.Ordinal)
                .Replace("      runAsUser: 1000\n", "      runAsUser: 1000\n      privileged: false\n", StringComparison.Ordinal)), "the anchor's own key, and an override after the merge");
            Assert.That(plan.Notes, Has.Some.Contains("is an alias of a node written elsewhere"));
        });
    }

    [Test]
    public void Unsafe_fixes_need_to_be_asked_for()
    {
        const string Before = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n  - name: a\n    image: a:1\n    securityContext:\n      privileged: true\n";
        var plan = FixPlan.Make(new Linter().LintText(Before, "pod.yaml"), ["privileged-container"], includeUnsafe: false, _ => Before);

        Assert.Multiple(() =>
        {
            Assert.That(plan.Changes, Is.Empty);
            Assert.That(plan.UnsafeLeft, Is.EqualTo(1));
        });
    }

    [Test]
    public void Escalation_is_an_unsafe_fix_for_a_container_that_adds_capabilities()
    {
        const string Before = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n  - name: a\n    image: a:1\n    securityContext:\n      capabilities:\n        add: [SYS_TIME]\n";
        var finding = new Linter().LintText(Before).Findings.Single(f => f.RuleId == "KL3100");

        Assert.That(finding.Fixes.Single(f => f.Keys[^1] == "allowPrivilegeEscalation").Safety, Is.EqualTo(FixSafety.Unsafe));
    }

    [Test]
    public void A_second_fix_changes_nothing()
    {
        const string Before = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  template:\n    spec:\n      hostPID: true\n      initContainers:\n      - name: i\n        image: i:1\n      containers:\n      - name: c\n        image: c:1\n        securityContext: {}\n";

        var once = Fix(Before);

        Assert.Multiple(() =>
        {
            Assert.That(once, Is.Not.EqualTo(Before));
            Assert.That(Fix(once), Is.EqualTo(once));
        });
    }

    [Test]
    public void A_JSON_file_is_not_edited_and_says_so()
    {
        const string Json = "{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"a\"}, \"spec\": {\"containers\": [{\"name\": \"a\", \"image\": \"a:1\"}]}}";
        var plan = FixPlan.Make(new Linter().LintText(Json, "pod.json"), [], includeUnsafe: true, _ => Json);

        Assert.Multiple(() =>
        {
            Assert.That(plan.Changes, Is.Empty);
            Assert.That(plan.Notes, Has.Some.Contains("JSON file is not edited"));
        });
    }
}
