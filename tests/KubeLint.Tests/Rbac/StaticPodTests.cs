using KubeLint.Tests.Support;

namespace KubeLint.Tests.Rbac;

/// <summary>Static pods never get a service-account token: no token finding applies to them.</summary>
public class StaticPodTests
{
    private static string Pod(string labels, string command = "nginx") => $$"""
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          namespace: kube-system
          labels: {{{labels}}}
        spec:
          containers: [{name: c, image: i, command: [{{command}}]}]
        """;

    [TestCase("tier: control-plane, component: kube-scheduler", "kube-scheduler", Description = "kubeadm")]
    [TestCase("k8s-app: kube-apiserver", "nginx", Description = "kOps")]
    [TestCase("app: x", "/usr/local/bin/kube-controller-manager", Description = "the binary it runs")]
    public void A_control_plane_static_pod_gets_no_token_findings(string labels, string command)
    {
        var ids = Lint.Text(Pod(labels, command)).Findings.Select(f => f.RuleId);
        Assert.That(ids, Has.None.AnyOf("KL2001", "KL2002", "KL2003"));
    }

    [Test]
    public void An_ordinary_pod_in_kube_system_still_gets_them()
    {
        var ids = Lint.Text(Pod("app: x")).Findings.Select(f => f.RuleId);
        Assert.That(ids, Does.Contain("KL2003"));
    }

    [Test]
    public void A_pod_in_a_kubelets_static_pod_path_gets_none()
    {
        using var dir = new TempDirectory();
        dir.Write("node/kubelet.yaml", "apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nstaticPodPath: /etc/kubernetes/manifests\n");
        dir.Write("node/etc/kubernetes/manifests/agent.yaml", Pod("app: agent").Replace("kube-system", "monitoring", StringComparison.Ordinal));
        dir.Write("apps/agent.yaml", Pod("app: agent").Replace("kube-system", "monitoring", StringComparison.Ordinal));

        var result = new KubeLint.Linting.Linter().Lint(new KubeLint.Linting.LintRequest { Paths = [dir.Path], UseConfigFiles = false });

        Assert.That(result.Findings.Where(f => f.RuleId == "KL2003").Select(f => Path.GetFileName(Path.GetDirectoryName(f.Location.File))), Is.EqualTo(new[] { "apps" }));
    }
}
