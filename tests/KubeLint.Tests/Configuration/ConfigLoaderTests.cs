using KubeLint.Linting.Configuration;
using KubeLint.Manifests.AdminUis;
using KubeLint.Manifests.PodSecurity;
using KubeLint.Rules;

namespace KubeLint.Tests.Configuration;

public class ConfigLoaderTests
{
    private static readonly RuleDescriptor[] Rules = [.. BuiltInRules.All.Select(r => r.Descriptor)];

    [Test]
    public void A_full_configuration_is_read()
    {
        var (config, errors) = ConfigLoader.Parse(".kubelint.yaml", """
            rules:
              disable: [KL3201, host-path-volume, dashboard]
              enable: [KL4004]
              severity:
                rbac: note
                KL1001: warning
            failOn: error
            include: ["deploy/**"]
            exclude: "deploy/vendor/**"
            pss: restricted@v1.30
            namespace: shop
            strict: [KL1001]
            ignore:
              - kind: Deployment
                namespace: monitoring
                name: prometheus-*
                rules: [KL3102, run-as-root]
                reason: vendored chart, tracked in OPS-12
              - name: legacy-*
                reason: decommissioned in Q3
            adminUis:
              - id: acme-console
                name: Acme Console
                images: ['(^|/)acme/console$']
                authentication: none
                uiPorts: ["8080", http]
                authOff:
                  - env: ACME_AUTH
                    condition: isEmpty
                    reason: authentication is off when ACME_AUTH is empty
            """, Rules);

        Assert.That(errors, Is.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(config!.Disable, Is.EqualTo(new[] { "KL3201", "host-path-volume", "dashboard" }));
            Assert.That(config.Enable, Is.EqualTo(new[] { "KL4004" }));
            Assert.That(config.Severity["rbac"], Is.EqualTo(Severity.Note));
            Assert.That(config.Severity["KL1001"], Is.EqualTo(Severity.Warning));
            Assert.That(config.FailOn, Is.EqualTo(Severity.Error));
            Assert.That(config.Include, Is.EqualTo(new[] { "deploy/**" }));
            Assert.That(config.Exclude, Is.EqualTo(new[] { "deploy/vendor/**" }), "a single string is a one-item list");
            Assert.That(config.Pss, Is.EqualTo(new PssProfile(PssLevel.Restricted, new PssVersion(1, 30))));
            Assert.That(config.Namespace, Is.EqualTo("shop"));
            Assert.That(config.Strict, Is.EqualTo(new[] { "KL1001" }));
            Assert.That(config.Ignore, Has.Count.EqualTo(2));
            Assert.That(config.Ignore[0], Is.EqualTo(config.Ignore[0] with { Kind = "Deployment", Namespace = "monitoring", Name = "prometheus-*", Reason = "vendored chart, tracked in OPS-12" }));
            Assert.That(config.Ignore[0].Rules, Is.EqualTo(new[] { "KL3102", "run-as-root" }));
            Assert.That(config.Ignore[1].Rules, Is.Empty, "no rules: every rule");
            Assert.That(config.AdminUis.Single().Id, Is.EqualTo("acme-console"));
            Assert.That(config.AdminUis.Single().Authentication, Is.EqualTo(UiAuthentication.None));
            Assert.That(config.AdminUis.Single().AuthOff.Single(), Is.EqualTo(new AuthOffCheck(SettingSource.Env, "ACME_AUTH", ValueCondition.IsEmpty, null, "authentication is off when ACME_AUTH is empty")));
        });
    }

    [Test]
    public void An_empty_file_is_the_default_configuration()
    {
        var (config, errors) = ConfigLoader.Parse(".kubelint.yaml", "# nothing configured yet\n", Rules);
        Assert.Multiple(() =>
        {
            Assert.That(errors, Is.Empty);
            Assert.That(config!.Disable.Concat(config.Enable).Concat(config.Include).Concat(config.Exclude).Concat(config.Strict), Is.Empty);
            Assert.That(config.Severity, Is.Empty);
            Assert.That(config.Ignore, Is.Empty);
            Assert.That(config.AdminUis, Is.Empty);
            Assert.That(new object?[] { config.FailOn, config.Pss, config.Namespace }, Has.All.Null);
        });
    }

    [TestCase("rule:\n  disable: [KL1001]\n", "1:1", "unknown key 'rule' in the configuration (did you mean 'rules'?)")]
    [TestCase("rules:\n  disabled: [KL1001]\n", "2:3", "unknown key 'disabled' in rules (did you mean 'disable'?)")]
    [TestCase("rules:\n  disable: [KL9999]\n", "2:13", "rules.disable names no rule, rule name or category: 'KL9999'")]
    [TestCase("rules:\n  enable: [privileged-containers]\n", "2:12", "rules.enable names no rule, rule name or category: 'privileged-containers'")]
    [TestCase("rules:\n  disable: {KL1001: true}\n", "2:12", "each item of rules.disable must be a string")]
    [TestCase("rules: [KL1001]\n", "1:8", "rules must be a mapping")]
    [TestCase("rules:\n  severity:\n    KL1001: critical\n", "3:13", "rules.severity.KL1001 must be error, warning or note, not 'critical'")]
    [TestCase("rules:\n  severity:\n    nope: error\n", "3:5", "rules.severity names no rule, rule name or category: 'nope'")]
    [TestCase("rules:\n  severity: [error]\n", "2:13", "rules.severity must be a mapping")]
    [TestCase("failOn: high\n", "1:9", "failOn must be error, warning or note, not 'high'")]
    [TestCase("failOn:\n", "1:8", "failOn must be a string")]
    [TestCase("pss: strict\n", "1:6", "pss must be baseline or restricted, optionally @v1.NN or @latest, not 'strict'")]
    [TestCase("pss: restricted@v2.0\n", "1:6", "pss must be baseline or restricted")]
    [TestCase("namespace: [a, b]\n", "1:12", "namespace must be a string")]
    [TestCase("include: [{a: b}]\n", "1:11", "each item of include must be a string")]
    [TestCase("strict: [KL0000]\n", "1:10", "strict names no rule, rule name or category: 'KL0000'")]
    [TestCase("ignore:\n  - name: web\n", "2:5", "an ignore entry needs a reason")]
    [TestCase("ignore:\n  - name: web\n    reason: \"  \"\n", "2:5", "an ignore entry needs a reason")]
    [TestCase("ignore:\n  - name: web\n    rule: [KL1001]\n    reason: r\n", "3:5", "unknown key 'rule' in an ignore entry (did you mean 'rules'?)")]
    [TestCase("ignore:\n  - web\n", "2:5", "each ignore entry must be a mapping")]
    [TestCase("ignore: {name: web}\n", "1:9", "ignore must be a list of entries")]
    [TestCase("ignore:\n  - rules: [KL404]\n    reason: r\n", "2:13", "ignore.rules names no rule, rule name or category: 'KL404'")]
    [TestCase("adminUis: {id: x}\n", "1:11", "adminUis must be a list of entries")]
    [TestCase("adminUis:\n  - id: x\n", "2:5", "an adminUis entry needs an id, a name and at least one image pattern")]
    [TestCase("adminUis:\n  - {id: x, name: X, images: ['(']}\n", "2:31", "adminUis.images has an invalid regular expression")]
    [TestCase("adminUis:\n  - {id: x, name: X, images: ['(a)\\1']}\n", "2:31", "adminUis.images has an invalid regular expression")]
    [TestCase("adminUis:\n  - {id: x, name: X, images: [x], authentication: maybe}\n", "2:51", "adminUis.authentication must be onByDefault, none or external, not 'maybe'")]
    [TestCase("adminUis:\n  - {id: x, name: X, images: [x], alwaysUnauthenticated: sometimes}\n", "2:58", "adminUis.alwaysUnauthenticated must be true or false")]
    [TestCase("adminUis:\n  - {id: x, name: X, images: [x], authOff: [{env: A}]}\n", "2:45", "an authOff entry needs one of flag, env or configMapKey, and a reason")]
    [TestCase("adminUis:\n  - {id: x, name: X, images: [x], authOff: [{env: A, reason: r, condition: isFalse}]}\n", "2:76", "authOff.condition must be isTrue, isEmpty, contains or iniKeyIsTrue, not 'isFalse'")]
    [TestCase("adminUis:\n  - {id: x, name: X, images: [x], port: 80}\n", "2:35", "unknown key 'port' in an adminUis entry")]
    [TestCase("- rules\n", "1:1", "the configuration must be a mapping")]
    [TestCase("rules: {}\n---\nrules: {}\n", "3:1", "a configuration file holds one YAML document")]
    [TestCase("rules: {disable: [KL1001]\n", "2:1", "")]
    [TestCase("failOn: error\nfailOn: note\n", "2:1", "duplicate key")]
    public void A_configuration_error_names_its_line_and_column(string yaml, string position, string message)
    {
        var (config, errors) = ConfigLoader.Parse("cfg/.kubelint.yaml", yaml, Rules);
        Assert.Multiple(() =>
        {
            Assert.That(config, Is.Null, "a configuration with errors is not used");
            Assert.That(errors.Select(e => $"{e.Line}:{e.Column}"), Does.Contain(position), string.Join("\n", errors.Select(e => $"{e.Line}:{e.Column} {e.Message}")));
            Assert.That(errors.Select(e => e.Message), Has.Some.Contains(message));
            Assert.That(errors.Select(e => e.File), Has.All.EqualTo("cfg/.kubelint.yaml"));
        });
    }

    [Test]
    public void An_unreadable_configuration_file_is_an_error()
    {
        var (config, errors) = ConfigLoader.Load(Path.Combine(Path.GetTempPath(), "kubelint-no-such-dir", ".kubelint.yaml"), Rules);
        Assert.Multiple(() =>
        {
            Assert.That(config, Is.Null);
            Assert.That(errors.Single().Message, Does.StartWith("cannot read configuration"));
        });
    }

    [Test]
    public void Every_error_is_reported_not_only_the_first()
    {
        var (_, errors) = ConfigLoader.Parse(".kubelint.yaml", "failOn: high\npss: strict\nextra: 1\n", Rules);
        Assert.That(errors.Select(e => e.Line), Is.EqualTo(new[] { 1, 2, 3 }));
    }
}
