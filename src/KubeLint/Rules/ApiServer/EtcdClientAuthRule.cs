using KubeLint.Manifests.ControlPlane;
using KubeLint.Yaml;

namespace KubeLint.Rules.ApiServer;

internal sealed class EtcdClientAuthRule : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.EtcdClientAuth,
        Name = "etcd-client-auth",
        Title = "etcd accepts clients without certificates",
        Category = RuleCategories.ApiServer,
        DefaultSeverity = Severity.Error,
        AppliesTo = ["etcd containers"],
        WhatItChecks = "An etcd server (a container whose command runs `etcd`; flags also read from `ETCD_*` environment variables, the command line winning) without `--client-cert-auth=true` (off by default): an error when one of `--listen-client-urls` is beyond loopback, a warning when it listens on loopback only; `--auto-tls=true` (a self-signed certificate) and missing `--cert-file`/`--key-file` are warnings. etcd started with `--config-file` is skipped: its settings are in that file.",
        WhyItMatters = "etcd holds the whole cluster state, every Secret included, and its client API has no authorization of its own unless client certificates (or etcd's own users) are required. Whoever reaches an etcd that accepts any client reads every credential and can write any object, bypassing the API server, RBAC and admission entirely.",
        HowToFix = "Pass `--client-cert-auth=true` with `--trusted-ca-file`, and `--cert-file`/`--key-file` from a CA of etcd's own (kubeadm writes them under /etc/kubernetes/pki/etcd); drop `--auto-tls`.",
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
                    - --listen-client-urls=http://0.0.0.0:2379
                    - --advertise-client-urls=http://10.0.0.10:2379
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
                    - --listen-client-urls=https://127.0.0.1:2379,https://10.0.0.10:2379
                    - --advertise-client-urls=https://10.0.0.10:2379
                    - --client-cert-auth=true
                    - --trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt
                    - --cert-file=/etc/kubernetes/pki/etcd/server.crt
                    - --key-file=/etc/kubernetes/pki/etcd/server.key
            """,
        References = ["CIS Kubernetes Benchmark 2.1", "CIS Kubernetes Benchmark 2.2", "CIS Kubernetes Benchmark 2.3", "https://etcd.io/docs/v3.5/op-guide/security/"],
    };

    public override void Check(RuleContext context)
    {
        foreach (var etcd in context.EtcdServers())
        {
            var listen = etcd.Setting("listen-client-urls");
            var exposed = NetworkAddress.NonLoopbackUrls(listen?.Parts ?? [EtcdServer.DefaultClientUrl]).FirstOrDefault();
            var clientAuth = etcd.Setting("client-cert-auth");
            if (clientAuth is not { IsTrue: true })
            {
                var node = clientAuth?.Node ?? listen?.Node ?? etcd.Anchor;
                if (exposed is not null)
                {
                    context.Report(node, $"etcd accepts clients without a certificate and listens on {exposed.OriginalString}: whoever reaches it reads every Secret and writes any object, past RBAC");
                }
                else
                {
                    var neighbours = context.Pod!.Spec["hostNetwork"].IsTrue() ? "any process on the node" : "any container of the pod";
                    context.Report(node, $"etcd accepts clients without a certificate (--client-cert-auth is off); it listens on loopback only, so {neighbours} reads every Secret", Severity.Warning);
                }
            }

            if (etcd.Setting("auto-tls") is { IsTrue: true } autoTls)
            {
                context.Report(autoTls.Node, "etcd serves clients a self-signed certificate (--auto-tls), which clients cannot verify", Severity.Warning);
            }
            else if (etcd.Setting("cert-file") is not { Value.Length: > 0 } || etcd.Setting("key-file") is not { Value.Length: > 0 })
            {
                context.Report(listen?.Node ?? etcd.Anchor, "etcd has no --cert-file/--key-file: its clients talk plain HTTP", Severity.Warning);
            }
        }
    }
}
