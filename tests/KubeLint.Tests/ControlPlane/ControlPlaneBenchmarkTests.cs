using KubeLint.Linting;
using KubeLint.Rules;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.ControlPlane;

/// <summary>The shipped control-plane samples against the CIS Kubernetes Benchmark sections 1.2, 1.3, 1.4 and 2.</summary>
public class ControlPlaneBenchmarkTests
{
    private static IReadOnlyList<string> ControlPlaneFindings(string sample)
    {
        var path = Path.Combine(RepositoryPaths.Samples, "control-plane", sample);
        var result = new Linter().Lint(new LintRequest { Paths = [path] });
        Assert.That(result.Errors, Is.Empty);
        return result.Findings.Where(f => f.Category == RuleCategories.ApiServer).Select(f => $"{f.RuleId} {f.Severity.ToName()} {f.Message}").ToList();
    }

    [Test]
    public void Kubeadm_api_server_defaults_give_exactly_the_cis_1_2_failures_in_scope()
    {
        // CIS 1.2.1 (anonymous-auth), 1.2.3, 1.2.9 and 1.2.11 (DenyServiceExternalIPs, EventRateLimit, AlwaysPullImages),
        // 1.2.5 (kubelet-certificate-authority), 1.2.15 (profiling), 1.2.16-1.2.19 (audit log), 1.2.27 (encryption at rest), 1.2.30 (token expiration extended).
        // Every other 1.2.x check in the scope of KL5001-KL5011 passes.
        Assert.That(ControlPlaneFindings("kubeadm-default-kube-apiserver.yaml"), Is.EquivalentTo(new[]
        {
            "KL5001 warning kube-apiserver does not set --anonymous-auth=false, and the default is true: requests without credentials are served as system:anonymous",
            "KL5006 warning kube-apiserver has no --kubelet-certificate-authority: it lacks a CA to verify kubelets' serving certificates (connections to kubelets can be intercepted)",
            "KL5007 note kube-apiserver leaves profiling on (--profiling defaults to true)",
            "KL5007 note kube-apiserver keeps no audit log (no --audit-log-path or --audit-webhook-config-file)",
            "KL5008 warning kube-apiserver has no --encryption-provider-config: Secrets are written to etcd unencrypted",
            "KL5009 note kube-apiserver extends the tokens it mounts into pods to a year (--service-account-extend-token-expiration defaults to true): a stolen pod token outlives its pod",
            "KL5011 note kube-apiserver does not enable the AlwaysPullImages admission plugin: a pod can run a private image already pulled on its node without holding the pull secret",
            "KL5011 note kube-apiserver does not enable the EventRateLimit admission plugin: nothing limits how many events a client can write, so one client can flood the API server and etcd",
            "KL5011 note kube-apiserver does not enable the DenyServiceExternalIPs admission plugin: whoever can create a Service can claim any external IP and intercept the cluster's traffic to it (CVE-2020-8554)",
        }));
    }

    [Test]
    public void The_hardened_api_server_has_no_control_plane_finding() =>
        Assert.That(ControlPlaneFindings("hardened-kube-apiserver.yaml"), Is.Empty);

    [Test]
    public void Kubeadm_controller_manager_defaults_give_exactly_the_cis_1_3_failures() =>
        Assert.That(ControlPlaneFindings("kubeadm-default-kube-controller-manager.yaml"), Is.EquivalentTo(new[]
        {
            "KL5202 note kube-controller-manager keeps up to 12,500 terminated pods (the default of --terminated-pod-gc-threshold)",
            "KL5203 note kube-controller-manager leaves profiling on (--profiling defaults to true)",
        }));

    [Test]
    public void Kubeadm_scheduler_defaults_give_exactly_the_cis_1_4_failures() =>
        Assert.That(ControlPlaneFindings("kubeadm-default-kube-scheduler.yaml"), Is.EquivalentTo(new[]
        {
            "KL5203 note kube-scheduler leaves profiling on (--profiling defaults to true)",
        }));

    [Test]
    public void Kubeadm_etcd_passes_cis_2_next_to_its_api_server()
    {
        var folder = Path.Combine(RepositoryPaths.Samples, "control-plane");
        var result = new Linter().Lint(new LintRequest { Paths = [Path.Combine(folder, "kubeadm-default-etcd.yaml"), Path.Combine(folder, "kubeadm-default-kube-apiserver.yaml")] });

        Assert.Multiple(() =>
        {
            Assert.That(ControlPlaneFindings("kubeadm-default-etcd.yaml"), Is.Empty);
            Assert.That(result.Findings.Where(f => f.RuleId.StartsWith("KL53", StringComparison.Ordinal)), Is.Empty, "etcd has a CA of its own (CIS 2.7)");
        });
    }
}
