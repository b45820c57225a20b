namespace KubeLint.Rules.ApiServer;

internal sealed class ApiServerAdmissionHardeningRule : ObjectRule
{
    private static readonly (string Plugin, string Consequence)[] Recommended =
    [
        ("AlwaysPullImages", "a pod can run a private image already pulled on its node without holding the pull secret"),
        ("EventRateLimit", "nothing limits how many events a client can write, so one client can flood the API server and etcd"),
        ("DenyServiceExternalIPs", "whoever can create a Service can claim any external IP and intercept the cluster's traffic to it (CVE-2020-8554)"),
    ];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.ApiServerAdmissionHardening,
        Name = "apiserver-admission-hardening",
        Title = "Hardening admission plugins not enabled",
        Category = RuleCategories.ApiServer,
        DefaultSeverity = Severity.Note,
        AppliesTo = ["kube-apiserver containers"],
        WhatItChecks = "That kube-apiserver enables the `AlwaysPullImages`, `EventRateLimit` and `DenyServiceExternalIPs` admission plugins (`--enable-admission-plugins` or the older `--admission-control`); none is on by default. KL5005 covers the plugins whose absence is a hole (NodeRestriction, AlwaysAdmit, NamespaceLifecycle, ServiceAccount); these three are CIS \"manual\" recommendations, hence a note.",
        WhyItMatters = "Without AlwaysPullImages, the kubelet reuses any image already on the node, so a tenant who guesses the name of another tenant's private image runs it without credentials. Without EventRateLimit, a misbehaving or hostile client can write events without limit and degrade the API server and etcd for everyone. Without DenyServiceExternalIPs, anyone allowed to create a Service can set `externalIPs` to an address outside the cluster and have every node send that address's traffic to their pod (CVE-2020-8554, which has no other fix).",
        HowToFix = "Add `AlwaysPullImages`, `EventRateLimit` and `DenyServiceExternalIPs` to `--enable-admission-plugins` (EventRateLimit needs its limits in `--admission-control-config-file`).",
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
                    - --enable-admission-plugins=NodeRestriction
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
                    - --enable-admission-plugins=NodeRestriction,AlwaysPullImages,EventRateLimit,DenyServiceExternalIPs
                    - --admission-control-config-file=/etc/kubernetes/admission.yaml
            """,
        References = ["CIS Kubernetes Benchmark 1.2.3", "CIS Kubernetes Benchmark 1.2.9", "CIS Kubernetes Benchmark 1.2.11", "https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/"],
    };

    public override void Check(RuleContext context)
    {
        foreach (var apiServer in context.ApiServers())
        {
            var enable = apiServer.CommandLine["enable-admission-plugins"] ?? apiServer.CommandLine["admission-control"];
            var enabled = enable?.Parts ?? [];
            foreach (var (plugin, consequence) in Recommended.Where(r => !enabled.Contains(r.Plugin)))
            {
                context.Report(enable?.Node ?? apiServer.Anchor, $"kube-apiserver does not enable the {plugin} admission plugin: {consequence}");
            }
        }
    }
}
