using KubeLint.Linting;
using KubeLint.Rules;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.ControlPlane;

/// <summary>The shipped kube-apiserver samples against CIS Kubernetes Benchmark section 1.2.</summary>
public class ApiServerBenchmarkTests
{
    private static IReadOnlyList<string> ApiServerFindings(string sample)
    {
        var path = Path.Combine(RepositoryPaths.Samples, "control-plane", sample);
        var result = new Linter().Lint(new LintRequest { Paths = [path] });
        Assert.That(result.Errors, Is.Empty);
        return result.Findings.Where(f => f.Category == RuleCategories.ApiServer).Select(f => $"{f.RuleId} {f.Severity.ToName()} {f.Message}").ToList();
    }

    [Test]
    public void Kubeadm_defaults_give_exactly_the_cis_1_2_failures_in_scope()
    {
        // CIS 1.2.1 (anonymous-auth), 1.2.5 (kubelet-certificate-authority), 1.2.15 (profiling),
        // 1.2.16-1.2.19 (audit log). Every other 1.2.x check in the scope of KL5001-KL5007 passes.
        Assert.That(ApiServerFindings("kubeadm-default-kube-apiserver.yaml"), Is.EquivalentTo(new[]
        {
            "KL5001 warning kube-apiserver does not set --anonymous-auth=false, and the default is true: requests without credentials are served as system:anonymous",
            "KL5006 warning kube-apiserver has no --kubelet-certificate-authority: it lacks a CA to verify kubelets' serving certificates (connections to kubelets can be intercepted)",
            "KL5007 note kube-apiserver leaves profiling on (--profiling defaults to true)",
            "KL5007 note kube-apiserver keeps no audit log (no --audit-log-path or --audit-webhook-config-file)",
        }));
    }

    [Test]
    public void The_hardened_api_server_has_no_api_server_finding() =>
        Assert.That(ApiServerFindings("hardened-kube-apiserver.yaml"), Is.Empty);
}
