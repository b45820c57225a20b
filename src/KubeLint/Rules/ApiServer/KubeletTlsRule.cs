using KubeLint.Manifests.ControlPlane;
using KubeLint.Yaml;

namespace KubeLint.Rules.ApiServer;

internal sealed class KubeletTlsRule : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.KubeletTls,
        Name = "kubelet-tls",
        Title = "Kubelet without its TLS material",
        Category = RuleCategories.ApiServer,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["KubeletConfiguration", "kubelet containers"],
        WhatItChecks = "A KubeletConfiguration without `authentication.x509.clientCAFile` (a warning), and one with neither a serving certificate (`tlsCertFile` and `tlsPrivateKeyFile`) nor `serverTLSBootstrap: true` (a note). On a kubelet command line, an empty `--client-ca-file`, `--tls-cert-file` or `--tls-private-key-file`; a command line without them is not reported, since its `--config` file, not seen here, may set them.",
        WhyItMatters = "Without a client CA the kubelet cannot authenticate client certificates, the API server's included: its calls for logs, exec and port-forward then arrive as anonymous, and clusters 'fix' that by letting anonymous requests in (KL5101). Without a serving certificate the kubelet makes a self-signed one, which the API server cannot verify (so `--kubelet-certificate-authority`, KL5006, cannot be used) and anyone on the path can impersonate the kubelet.",
        HowToFix = "Set `authentication.x509.clientCAFile` to the cluster CA, and either `serverTLSBootstrap: true` (certificates signed by the cluster and rotated) or `tlsCertFile` and `tlsPrivateKeyFile`.",
        Example = """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            authentication:
              webhook:
                enabled: true
            """,
        FixedExample = """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            authentication:
              webhook:
                enabled: true
              x509:
                clientCAFile: /etc/kubernetes/pki/ca.crt
            serverTLSBootstrap: true
            """,
        References = ["CIS Kubernetes Benchmark 4.2.3", "CIS Kubernetes Benchmark 4.2.9", "https://kubernetes.io/docs/reference/access-authn-authz/kubelet-tls-bootstrapping/"],
    };

    public override void Check(RuleContext context)
    {
        if (!context.MayConfigureKubelet())
        {
            return;
        }

        foreach (var flag in (string[])["client-ca-file", "tls-cert-file", "tls-private-key-file"])
        {
            foreach (var setting in context.KubeletFlags(flag).Where(s => s.Value.Length == 0))
            {
                context.Report(setting.Node, $"{setting.Written} names no file");
            }
        }

        if (!KubeletSettings.IsKubeletConfiguration(context.Object))
        {
            return;
        }

        var root = context.Object.Root;
        if (root.GetMapping("authentication")?.GetMapping("x509")?.GetString("clientCAFile") is not { Length: > 0 })
        {
            context.Report(context.Object.AnchorNode, "KubeletConfiguration has no authentication.x509.clientCAFile: the kubelet cannot authenticate client certificates, the API server's included");
        }

        var servingCertificate = root.GetString("tlsCertFile") is { Length: > 0 } && root.GetString("tlsPrivateKeyFile") is { Length: > 0 };
        if (!servingCertificate && !root["serverTLSBootstrap"].IsTrue())
        {
            context.Report(context.Object.AnchorNode, "KubeletConfiguration has no tlsCertFile/tlsPrivateKeyFile and no serverTLSBootstrap: the kubelet serves a self-signed certificate that no client can verify", Severity.Note);
        }
    }
}
