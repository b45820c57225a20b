using KubeLint.Manifests.ControlPlane;

namespace KubeLint.Rules.ApiServer;

internal sealed class KubeletCertificateRotationRule : ObjectRule
{
    private const string ServerRotationGate = "RotateKubeletServerCertificate";

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.KubeletCertificateRotation,
        Name = "kubelet-certificate-rotation",
        Title = "Kubelet certificates not rotated",
        Category = RuleCategories.ApiServer,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["KubeletConfiguration", "kubelet and kube-controller-manager containers"],
        WhatItChecks = "Client-certificate rotation turned off (`rotateCertificates: false`, `--rotate-certificates=false`; a note when a KubeletConfiguration leaves it unset, since the kubelet's default is false), and the `RotateKubeletServerCertificate` feature gate turned off in a KubeletConfiguration's `featureGates`, or in `--feature-gates` of the kubelet or kube-controller-manager (it is on by default). A kubelet command line without the flag is not reported: its `--config` file, not seen here, may set it.",
        WhyItMatters = "A kubelet certificate that is never rotated is issued long-lived and stays valid for its whole life after a node is compromised or retired; when it finally expires, the node drops out of the cluster. Rotation keeps node credentials short-lived.",
        HowToFix = "Set `rotateCertificates: true` (kubeadm does), and leave the `RotateKubeletServerCertificate` gate at its default.",
        Example = """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            rotateCertificates: false
            featureGates:
              RotateKubeletServerCertificate: false
            """,
        FixedExample = """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            rotateCertificates: true
            """,
        References = ["CIS Kubernetes Benchmark 4.2.10", "CIS Kubernetes Benchmark 4.2.11", "CIS Kubernetes Benchmark 1.3.6", "https://kubernetes.io/docs/tasks/tls/certificate-rotation/"],
    };

    public override void Check(RuleContext context)
    {
        if (!context.MayConfigureKubelet() && !context.Runs("kube-controller-manager"))
        {
            return;
        }

        var rotation = context.KubeletValues("rotateCertificates", "rotate-certificates").ToList();
        foreach (var setting in rotation.Where(s => s.Boolean == false))
        {
            context.Report(setting.Node, $"the kubelet does not rotate its client certificate ({setting.Written}): it stays valid until it expires");
        }

        if (KubeletSettings.IsKubeletConfiguration(context.Object) && context.Object.Root["rotateCertificates"] is null)
        {
            context.Report(context.Object.AnchorNode, "KubeletConfiguration leaves rotateCertificates unset, and the kubelet's default is false: its client certificate is never rotated", Severity.Note);
        }

        foreach (var setting in KubeletSettings.FromConfiguration(context.Object, "featureGates." + ServerRotationGate).Where(s => s.Boolean == false))
        {
            context.Report(setting.Node, $"the kubelet's serving certificate is not rotated ({setting.Written})");
        }

        foreach (var program in (string[])["kubelet", "kube-controller-manager"])
        {
            foreach (var container in context.Running(program))
            {
                if (container.FeatureGate(ServerRotationGate) is { Enabled: false, Node: var node })
                {
                    context.Report(node, $"{program} turns the {ServerRotationGate} feature gate off: kubelet serving certificates are not rotated");
                }
            }
        }
    }
}
