using KubeLint.Manifests.ControlPlane;
using KubeLint.Yaml;

namespace KubeLint.Rules.ApiServer;

internal sealed class WeakTlsCiphersRule : ObjectRule
{
    /// <summary>The cipher suites the CIS Kubernetes Benchmark accepts: AEAD ciphers with forward secrecy, and the TLS 1.3 suites.</summary>
    private static readonly HashSet<string> StrongSuites = new(StringComparer.Ordinal)
    {
        "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256",
        "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    };

    private static readonly HashSet<string> WeakMinimumVersions = new(StringComparer.Ordinal) { "VersionTLS10", "VersionTLS11", "TLS1.0", "TLS1.1" };

    /// <summary>The programs and their flags: Kubernetes components share names; etcd calls its suites <c>--cipher-suites</c>.</summary>
    private static readonly (string Program, string Suites, string MinimumVersion)[] Programs =
    [
        ("kube-apiserver", "tls-cipher-suites", "tls-min-version"),
        ("kube-controller-manager", "tls-cipher-suites", "tls-min-version"),
        ("kube-scheduler", "tls-cipher-suites", "tls-min-version"),
        ("kubelet", "tls-cipher-suites", "tls-min-version"),
        ("etcd", "cipher-suites", "tls-min-version"),
    ];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.WeakTlsCiphers,
        Name = "weak-tls-ciphers",
        Title = "Control plane allows weak TLS",
        Category = RuleCategories.ApiServer,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["kube-apiserver, kube-controller-manager, kube-scheduler, kubelet and etcd containers", "KubeletConfiguration"],
        WhatItChecks = "Cipher suites named in `--tls-cipher-suites` (etcd: `--cipher-suites`) or a KubeletConfiguration's `tlsCipherSuites` outside the CIS list of strong suites (ECDHE key exchange with AES-GCM or ChaCha20-Poly1305, and the TLS 1.3 suites), and a minimum TLS version below 1.2 (`--tls-min-version`, `tlsMinVersion`). When the flags are absent the programs use Go's defaults, which are strong, and the rule is silent.",
        WhyItMatters = "The control plane's TLS carries every credential of the cluster. Suites without forward secrecy let a recorded session be decrypted once the server key leaks; CBC, 3DES and RC4 suites and TLS 1.0/1.1 have practical attacks (Lucky13, SWEET32, RC4 biases, BEAST).",
        HowToFix = "Remove the weak suites (or the flag, to use Go's defaults) and set the minimum version to `VersionTLS12` or higher.",
        Example = """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            tlsMinVersion: VersionTLS10
            tlsCipherSuites:
              - TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
              - TLS_RSA_WITH_3DES_EDE_CBC_SHA
            """,
        FixedExample = """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            tlsMinVersion: VersionTLS12
            tlsCipherSuites:
              - TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
            """,
        References = ["CIS Kubernetes Benchmark 1.2.29", "CIS Kubernetes Benchmark 4.2.12", "https://pkg.go.dev/crypto/tls#InsecureCipherSuites"],
    };

    public override void Check(RuleContext context)
    {
        foreach (var (program, suitesFlag, versionFlag) in Programs)
        {
            foreach (var container in context.Running(program))
            {
                if (container.CommandLine[suitesFlag] is { } suites)
                {
                    ReportWeakSuites(context, suites.Node, $"{program} --{suitesFlag}", suites.Parts);
                }

                if (container.CommandLine[versionFlag] is { Value: { } version } minimum && WeakMinimumVersions.Contains(version))
                {
                    context.Report(minimum.Node, $"{program} accepts {version} (--{versionFlag}), below TLS 1.2");
                }
            }
        }

        if (KubeletSettings.IsKubeletConfiguration(context.Object))
        {
            if (context.Object.Root["tlsCipherSuites"] is YamlSequence suites)
            {
                ReportWeakSuites(context, suites, "KubeletConfiguration tlsCipherSuites", suites.Items.Select(s => s.AsString() ?? string.Empty).ToList());
            }

            if (context.Object.Root["tlsMinVersion"] is YamlScalar { Value: var version } minimum && WeakMinimumVersions.Contains(version))
            {
                context.Report(minimum, $"KubeletConfiguration tlsMinVersion is {version}, below TLS 1.2");
            }
        }
    }

    private static void ReportWeakSuites(RuleContext context, YamlNode node, string source, IReadOnlyList<string> suites)
    {
        var weak = suites.Where(s => !StrongSuites.Contains(s)).ToList();
        if (weak.Count > 0)
        {
            context.Report(node, $"{source} allows weak cipher suites: {string.Join(", ", weak)}");
        }
    }
}
