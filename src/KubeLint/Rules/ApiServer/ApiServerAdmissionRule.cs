namespace KubeLint.Rules.ApiServer;

internal sealed class ApiServerAdmissionRule : ObjectRule
{
    /// <summary>Plugins on by default that only --disable-admission-plugins turns off.</summary>
    private static readonly string[] DefaultOnPlugins = ["NamespaceLifecycle", "ServiceAccount"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.ApiServerAdmission,
        Name = "apiserver-admission",
        Title = "Unsafe admission plugin settings",
        Category = RuleCategories.ApiServer,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["kube-apiserver containers"],
        WhatItChecks = "kube-apiserver's admission plugins: `AlwaysAdmit` enabled (`--enable-admission-plugins` or the older `--admission-control`), `NodeRestriction` not enabled (it is off by default), or `NodeRestriction`, `NamespaceLifecycle` or `ServiceAccount` disabled with `--disable-admission-plugins`.",
        WhyItMatters = "Without NodeRestriction a kubelet's credentials can modify any node and any pod's status, so one compromised node spreads to all. AlwaysAdmit accepts every request unconditionally. NamespaceLifecycle and ServiceAccount enforce basic invariants other controls rely on.",
        HowToFix = "Set `--enable-admission-plugins=NodeRestriction` (plus the plugins you need) and never enable AlwaysAdmit or disable the default plugins.",
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
                    - --enable-admission-plugins=AlwaysAdmit
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
                    - --enable-admission-plugins=NodeRestriction
            """,
        References = ["CIS Kubernetes Benchmark 1.2.10", "CIS Kubernetes Benchmark 1.2.12", "CIS Kubernetes Benchmark 1.2.13", "CIS Kubernetes Benchmark 1.2.14"],
    };

    public override void Check(RuleContext context)
    {
        foreach (var apiServer in context.ApiServers())
        {
            var enable = apiServer.CommandLine["enable-admission-plugins"] ?? apiServer.CommandLine["admission-control"];
            var disable = apiServer.CommandLine["disable-admission-plugins"];
            var enabled = enable?.Parts ?? [];
            var disabled = disable?.Parts ?? [];
            if (enabled.Contains("AlwaysAdmit"))
            {
                context.Report(enable!.Node, "kube-apiserver enables the AlwaysAdmit admission plugin, which admits every request");
            }

            if (disabled.Contains("NodeRestriction"))
            {
                context.Report(disable!.Node, "kube-apiserver disables the NodeRestriction admission plugin: kubelets can modify any node and pod");
            }
            else if (!enabled.Contains("NodeRestriction"))
            {
                context.Report(enable?.Node ?? apiServer.Anchor, "kube-apiserver does not enable the NodeRestriction admission plugin (off by default): kubelets can modify any node and pod");
            }

            foreach (var plugin in DefaultOnPlugins.Where(disabled.Contains))
            {
                context.Report(disable!.Node, $"kube-apiserver disables the {plugin} admission plugin");
            }
        }
    }
}
