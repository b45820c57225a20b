using KubeLint.Manifests.ControlPlane;

namespace KubeLint.Rules.ApiServer;

internal sealed class EtcdPeerAuthRule : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.EtcdPeerAuth,
        Name = "etcd-peer-auth",
        Title = "etcd peers not authenticated",
        Category = RuleCategories.ApiServer,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["etcd containers"],
        WhatItChecks = "An etcd server whose peer port listens beyond loopback (`--listen-peer-urls`; the default, http://localhost:2380, is loopback and is not reported) without `--peer-client-cert-auth=true`, with `--peer-auto-tls=true`, or without `--peer-cert-file`/`--peer-key-file`. Flags are also read from `ETCD_*` environment variables; etcd started with `--config-file` is skipped.",
        WhyItMatters = "Members replicate the whole data set to each other over the peer port. A peer port that takes any certificate, or none, lets a machine on the network join the cluster or read the replication stream, and with it every Secret.",
        HowToFix = "Pass `--peer-client-cert-auth=true` with `--peer-trusted-ca-file`, `--peer-cert-file` and `--peer-key-file`; drop `--peer-auto-tls`.",
        Example = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: etcd
              namespace: kube-system
            spec:
              hostNetwork: true
              containers:
                - name: etcd
                  image: registry.k8s.io/etcd:3.5.15-0
                  command:
                    - etcd
                    - --listen-peer-urls=https://10.0.0.10:2380
                    - --peer-auto-tls=true
            """,
        FixedExample = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: etcd
              namespace: kube-system
            spec:
              hostNetwork: true
              containers:
                - name: etcd
                  image: registry.k8s.io/etcd:3.5.15-0
                  command:
                    - etcd
                    - --listen-peer-urls=https://10.0.0.10:2380
                    - --peer-client-cert-auth=true
                    - --peer-trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt
                    - --peer-cert-file=/etc/kubernetes/pki/etcd/peer.crt
                    - --peer-key-file=/etc/kubernetes/pki/etcd/peer.key
            """,
        References = ["CIS Kubernetes Benchmark 2.4", "CIS Kubernetes Benchmark 2.5", "CIS Kubernetes Benchmark 2.6", "https://etcd.io/docs/v3.5/op-guide/security/"],
    };

    public override void Check(RuleContext context)
    {
        foreach (var etcd in context.EtcdServers())
        {
            if (etcd.Setting("listen-peer-urls") is not { } listen || NetworkAddress.NonLoopbackUrls(listen.Parts).FirstOrDefault() is not { } exposed)
            {
                continue;
            }

            var peerAuth = etcd.Setting("peer-client-cert-auth");
            if (peerAuth is not { IsTrue: true })
            {
                context.Report(peerAuth?.Node ?? listen.Node, $"etcd takes peers on {exposed.OriginalString} without checking their certificates (--peer-client-cert-auth is off)");
            }

            if (etcd.Setting("peer-auto-tls") is { IsTrue: true } autoTls)
            {
                context.Report(autoTls.Node, "etcd uses a self-signed peer certificate (--peer-auto-tls), which peers cannot verify");
            }
            else if (etcd.Setting("peer-cert-file") is not { Value.Length: > 0 } || etcd.Setting("peer-key-file") is not { Value.Length: > 0 })
            {
                context.Report(listen.Node, $"etcd has no --peer-cert-file/--peer-key-file: replication on {exposed.OriginalString} is not encrypted");
            }
        }
    }
}
