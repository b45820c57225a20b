using KubeLint.Linting;
using KubeLint.Manifests.PodSecurity;
using KubeLint.Rules;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.PodSecurity;

/// <summary>
/// Exact agreement with kubernetes/pod-security-admission: for every level and policy version in
/// ../shared/pss-fixtures, every fail fixture gets a finding from that profile's rules and every
/// pass fixture gets none.
/// </summary>
[Category("Conformance")]
public class PssFixtureConformanceTests
{
    /// <summary>Which rules implement each pod-security-admission check, by fixture name prefix.</summary>
    private static readonly Dictionary<string, string[]> RulesByCheck = new(StringComparer.Ordinal)
    {
        ["allowprivilegeescalation"] = [RuleIds.PrivilegeEscalationAllowed],
        ["apparmorprofile"] = [RuleIds.AppArmorUnconfined],
        ["capabilities_baseline"] = [RuleIds.AddedCapabilities],
        ["capabilities_restricted"] = [RuleIds.CapabilitiesNotDropped, RuleIds.AddedCapabilities],
        ["hostnamespaces"] = [RuleIds.HostNetwork, RuleIds.HostPid, RuleIds.HostIpc],
        ["hostpathvolumes"] = [RuleIds.HostPathVolume],
        ["hostports"] = [RuleIds.HostPort],
        ["hostprobesandhostlifecycle"] = [RuleIds.HostProbe],
        ["privileged"] = [RuleIds.PrivilegedContainer],
        ["procmount"] = [RuleIds.UnsafeProcMount],
        ["procmount_restricted"] = [RuleIds.UnsafeProcMount],
        ["restrictedvolumes"] = [RuleIds.RestrictedVolumeType, RuleIds.HostPathVolume],
        ["runasnonroot"] = [RuleIds.RunAsNonRootNotEnforced],
        ["runasuser"] = [RuleIds.RunAsRoot],
        ["seccompprofile_baseline"] = [RuleIds.SeccompUnconfined],
        ["seccompprofile_restricted"] = [RuleIds.SeccompNotSet, RuleIds.SeccompUnconfined],
        ["selinuxoptions"] = [RuleIds.SelinuxOptions],
        ["sysctls"] = [RuleIds.UnsafeSysctls],
        ["windowshostprocess"] = [RuleIds.WindowsHostProcess],
    };

    public static IEnumerable<TestCaseData> Profiles()
    {
        foreach (var level in new[] { "baseline", "restricted" })
        {
            for (var minor = 0; minor <= PssVersion.Latest.Minor; minor++)
            {
                yield return new TestCaseData(level, $"v1.{minor}").SetArgDisplayNames($"{level}@v1.{minor}");
            }
        }
    }

    [TestCaseSource(nameof(Profiles))]
    public void Agrees_with_every_fixture(string level, string version)
    {
        var folder = Path.Combine(RepositoryPaths.RequireShared("pss-fixtures"), level, version);
        Assert.That(Directory.Exists(folder), Is.True, $"fixtures for {level} {version}");
        Assert.That(PssProfile.TryParse($"{level}@{version}", out var profile), Is.True);

        var disagreements = new List<string>();
        var counts = new Dictionary<string, int> { ["pass"] = 0, ["fail"] = 0 };
        foreach (var expected in new[] { "pass", "fail" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(folder, expected), "*.yaml").Order(StringComparer.Ordinal))
            {
                counts[expected]++;
                var result = new Linter(BuiltInRules.All).Lint(new LintRequest { Paths = [file], Pss = profile });
                var findings = result.Findings.Where(f => f.Category == RuleCategories.PodSecurity).ToList();
                var check = Path.GetFileNameWithoutExtension(file).TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
                var caughtByItsRule = expected == "pass"
                    || (RulesByCheck.TryGetValue(check, out var ruleIds) && findings.Any(f => ruleIds.Contains(f.RuleId)));
                if (result.Errors.Count > 0 || (expected == "fail") != (findings.Count > 0) || !caughtByItsRule)
                {
                    var detail = findings.Count == 0 ? "no finding" : string.Join("; ", findings.Select(f => $"{f.RuleId} {f.Message}"));
                    disagreements.Add($"{expected}/{Path.GetFileName(file)}: {detail}{string.Concat(result.Errors.Select(e => " ERROR " + e.Message))}");
                }
            }
        }

        TestContext.Out.WriteLine($"{level}@{version}: {counts["pass"]} pass and {counts["fail"]} fail fixtures");
        Assert.That(disagreements, Is.Empty);
    }
}
