namespace KubeLint.Rules.ApiServer;

internal sealed class EtcdSharedCaRule : CrossObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.EtcdSharedCa,
        Name = "etcd-shared-ca",
        Title = "etcd trusts the cluster's client CA",
        Category = RuleCategories.ApiServer,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["etcd containers, with the kube-apiserver containers of the same run"],
        WhatItChecks = "An etcd server that requires client certificates (`--client-cert-auth=true`) and trusts, with `--trusted-ca-file` (or `ETCD_TRUSTED_CA_FILE`), the same file that a kube-apiserver in the run uses as `--client-ca-file`. The files are compared by path, as both Pods mount them from the node.",
        WhyItMatters = "The API server's client CA signs the certificates of every kubelet, controller, administrator and anything issued through the certificates API. If etcd trusts that CA, each of those certificates opens etcd directly: every Secret can be read and any object written, past authentication, RBAC and admission. etcd needs a CA of its own whose only client is the API server.",
        HowToFix = "Give etcd a CA of its own (kubeadm's /etc/kubernetes/pki/etcd/ca.crt), sign the API server's etcd client certificate with it, and point `--trusted-ca-file` at it.",
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
                    - --client-cert-auth=true
                    - --trusted-ca-file=/etc/kubernetes/pki/ca.crt
            ---
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
                    - --client-ca-file=/etc/kubernetes/pki/ca.crt
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
                    - --client-cert-auth=true
                    - --trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt
            ---
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
                    - --client-ca-file=/etc/kubernetes/pki/ca.crt
            """,
        References = ["CIS Kubernetes Benchmark 2.7", "https://kubernetes.io/docs/setup/best-practices/certificates/"],
    };

    public override void Check(CrossObjectContext context)
    {
        var apiServerCas = context.Index.Workloads
            .SelectMany(w => w.ApiServerClientCas.Select(ca => (Ca: ca, ApiServer: w.Object.Ref)))
            .GroupBy(p => p.Ca, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().ApiServer, StringComparer.Ordinal);
        foreach (var workload in context.Index.Workloads)
        {
            foreach (var trusted in workload.EtcdClientCas)
            {
                if (apiServerCas.TryGetValue(trusted.Value, out var apiServer))
                {
                    context.Report(workload.Object, trusted, $"etcd trusts {trusted.Value}, the client CA of the kube-apiserver in {apiServer.Display}: every kubelet, controller and user certificate of the cluster opens etcd, past RBAC");
                }
            }
        }
    }
}
