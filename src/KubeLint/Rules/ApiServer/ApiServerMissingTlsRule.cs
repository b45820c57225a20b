namespace KubeLint.Rules.ApiServer;

internal sealed class ApiServerMissingTlsRule : ObjectRule
{
    private static readonly (string[] Flags, string What)[] Required =
    [
        (["tls-cert-file", "tls-private-key-file"], "its own serving certificate (it falls back to a self-signed one)"),
        (["client-ca-file"], "a client CA, so client certificates are not verified"),
        (["kubelet-client-certificate", "kubelet-client-key"], "a client certificate for kubelets, which then cannot authenticate it"),
        (["kubelet-certificate-authority"], "a CA to verify kubelets' serving certificates (connections to kubelets can be intercepted)"),
        (["etcd-certfile", "etcd-keyfile"], "a client certificate for etcd"),
        (["etcd-cafile"], "a CA to verify etcd's certificate"),
    ];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.ApiServerMissingTls,
        Name = "apiserver-missing-tls",
        Title = "API server without TLS material",
        Category = RuleCategories.ApiServer,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["kube-apiserver containers"],
        WhatItChecks = "That kube-apiserver names its serving certificate and key (`--tls-cert-file`, `--tls-private-key-file`), a client CA (`--client-ca-file`), a client certificate and key for kubelets (`--kubelet-client-certificate`, `--kubelet-client-key`) and a CA to verify them (`--kubelet-certificate-authority`), and etcd client certificates and CA (`--etcd-certfile`, `--etcd-keyfile`, `--etcd-cafile`). Each missing group is one finding.",
        WhyItMatters = "Every link of the control plane is authenticated with these certificates. Without them, the API server cannot prove itself to clients, verify client certificates, or authenticate and verify kubelets and etcd, which lets an attacker on the network impersonate either side.",
        HowToFix = "Pass the certificate, key and CA flags for the API server, kubelets and etcd (kubeadm writes them under /etc/kubernetes/pki).",
        Example = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: kube-apiserver
              namespace: kube-system
            spec:
              hostNetwork: true
              containers:
                - name: kube-apiserver
                  image: registry.k8s.io/kube-apiserver:v1.31.0
                  command:
                    - kube-apiserver
                    - --etcd-servers=https://127.0.0.1:2379
            """,
        FixedExample = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: kube-apiserver
              namespace: kube-system
            spec:
              hostNetwork: true
              containers:
                - name: kube-apiserver
                  image: registry.k8s.io/kube-apiserver:v1.31.0
                  command:
                    - kube-apiserver
                    - --etcd-servers=https://127.0.0.1:2379
                    - --tls-cert-file=/etc/kubernetes/pki/apiserver.crt
                    - --tls-private-key-file=/etc/kubernetes/pki/apiserver.key
                    - --client-ca-file=/etc/kubernetes/pki/ca.crt
                    - --kubelet-client-certificate=/etc/kubernetes/pki/apiserver-kubelet-client.crt
                    - --kubelet-client-key=/etc/kubernetes/pki/apiserver-kubelet-client.key
                    - --kubelet-certificate-authority=/etc/kubernetes/pki/ca.crt
                    - --etcd-certfile=/etc/kubernetes/pki/apiserver-etcd-client.crt
                    - --etcd-keyfile=/etc/kubernetes/pki/apiserver-etcd-client.key
                    - --etcd-cafile=/etc/kubernetes/pki/etcd/ca.crt
            """,
        References = ["CIS Kubernetes Benchmark 1.2.4", "CIS Kubernetes Benchmark 1.2.5", "CIS Kubernetes Benchmark 1.2.23", "CIS Kubernetes Benchmark 1.2.24", "CIS Kubernetes Benchmark 1.2.25", "CIS Kubernetes Benchmark 1.2.26"],
    };

    public override void Check(RuleContext context)
    {
        foreach (var apiServer in context.ApiServers())
        {
            foreach (var (flags, what) in Required)
            {
                var missing = flags.Where(f => apiServer.CommandLine[f] is not { Value.Length: > 0 }).ToList();
                if (missing.Count > 0)
                {
                    context.Report(apiServer.Anchor, $"kube-apiserver has no {string.Join(" / ", missing.Select(m => "--" + m))}: it lacks {what}");
                }
            }
        }
    }
}
