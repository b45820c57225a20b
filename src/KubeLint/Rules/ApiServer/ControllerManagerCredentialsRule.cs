namespace KubeLint.Rules.ApiServer;

internal sealed class ControllerManagerCredentialsRule : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.ControllerManagerCredentials,
        Name = "controller-manager-credentials",
        Title = "Controller manager credentials set up loosely",
        Category = RuleCategories.ApiServer,
        DefaultSeverity = Severity.Warning,
        AppliesTo = ["kube-controller-manager containers"],
        WhatItChecks = "kube-controller-manager without `--use-service-account-credentials=true` (a warning; the default is false), without `--service-account-private-key-file` and without `--root-ca-file` (notes).",
        WhyItMatters = "Without per-controller credentials every control loop acts with the controller manager's own identity, which holds the union of all their powers; with them, each loop uses its own service account bound to a narrow role (system:controller:*), so a flaw in one loop does not hand over the rest. Without a private key the token controller does not run and service-account token Secrets are not signed by a key kept for that purpose; without a root CA file, the CA published to pods (the kube-root-ca.crt ConfigMap) is whatever the controller manager's kubeconfig trusts.",
        HowToFix = "Pass `--use-service-account-credentials=true`, `--service-account-private-key-file` (the private half of the API server's `--service-account-key-file`) and `--root-ca-file` (the cluster CA).",
        Example = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: kube-controller-manager
              namespace: kube-system
            spec:
              hostNetwork: true
              containers:
                - name: kube-controller-manager
                  image: registry.k8s.io/kube-controller-manager:v1.31.0
                  command:
                    - kube-controller-manager
                    - --kubeconfig=/etc/kubernetes/controller-manager.conf
            """,
        FixedExample = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: kube-controller-manager
              namespace: kube-system
            spec:
              hostNetwork: true
              containers:
                - name: kube-controller-manager
                  image: registry.k8s.io/kube-controller-manager:v1.31.0
                  command:
                    - kube-controller-manager
                    - --kubeconfig=/etc/kubernetes/controller-manager.conf
                    - --use-service-account-credentials=true
                    - --service-account-private-key-file=/etc/kubernetes/pki/sa.key
                    - --root-ca-file=/etc/kubernetes/pki/ca.crt
            """,
        References = ["CIS Kubernetes Benchmark 1.3.3", "CIS Kubernetes Benchmark 1.3.4", "CIS Kubernetes Benchmark 1.3.5", "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#controller-roles"],
    };

    public override void Check(RuleContext context)
    {
        foreach (var manager in context.Running("kube-controller-manager"))
        {
            var perController = manager.CommandLine["use-service-account-credentials"];
            if (perController is not { IsTrue: true })
            {
                context.Report(perController?.Node ?? manager.Anchor, "kube-controller-manager runs every controller under its own single identity (--use-service-account-credentials is off): each control loop holds the powers of all");
            }

            if (manager.CommandLine["service-account-private-key-file"] is not { Value.Length: > 0 })
            {
                context.Report(manager.Anchor, "kube-controller-manager has no --service-account-private-key-file: the token controller does not run", Severity.Note);
            }

            if (manager.CommandLine["root-ca-file"] is not { Value.Length: > 0 })
            {
                context.Report(manager.Anchor, "kube-controller-manager has no --root-ca-file: the CA it publishes to pods is whatever its kubeconfig trusts", Severity.Note);
            }
        }
    }
}
