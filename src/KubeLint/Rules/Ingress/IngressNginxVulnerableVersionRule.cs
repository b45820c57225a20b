using KubeLint.Manifests.Programs;

namespace KubeLint.Rules.Ingress;

internal sealed class IngressNginxVulnerableVersionRule : ObjectRule
{
    /// <summary>ingress-nginx controller images, current and before the move to registry.k8s.io/ingress-nginx.</summary>
    private static readonly string[] ControllerRepositories = ["ingress-nginx/controller", "ingress-nginx/controller-chroot", "kubernetes-ingress-controller/nginx-ingress-controller"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.IngressNginxVulnerableVersion,
        Name = "ingress-nginx-vulnerable-version",
        Title = "ingress-nginx controller open to IngressNightmare",
        Category = RuleCategories.Ingress,
        DefaultSeverity = Severity.Error,
        AppliesTo = ["containers running the ingress-nginx controller"],
        WhatItChecks = "A container running the ingress-nginx controller image (`registry.k8s.io/ingress-nginx/controller`, its `-chroot` variant, or the older `quay.io/kubernetes-ingress-controller/nginx-ingress-controller`) at a version before v1.11.5, or v1.12.0. An error when the container serves the admission webhook (`--validating-webhook`), a warning when it does not. Images pinned by digest only carry no version and are not reported.",
        WhyItMatters = "These versions have the IngressNightmare flaws: CVE-2025-1974 lets anyone who reaches the admission webhook on the pod network run code in the controller without credentials, and CVE-2025-1097, CVE-2025-1098 and CVE-2025-24514 let whoever can create an Ingress inject configuration. The controller can read every Secret in the cluster, so either path takes the cluster.",
        HowToFix = "Upgrade the controller to a fixed release (the message names them); until then, turn the validating webhook off and restrict who may create Ingresses.",
        Example = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: ingress-nginx-controller
              namespace: ingress-nginx
            spec:
              selector:
                matchLabels:
                  app: ingress-nginx
              template:
                metadata:
                  labels:
                    app: ingress-nginx
                spec:
                  containers:
                    - name: controller
                      image: registry.k8s.io/ingress-nginx/controller:v1.11.3
                      args:
                        - /nginx-ingress-controller
                        - --validating-webhook=:8443
            """,
        FixedExample = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: ingress-nginx-controller
              namespace: ingress-nginx
            spec:
              selector:
                matchLabels:
                  app: ingress-nginx
              template:
                metadata:
                  labels:
                    app: ingress-nginx
                spec:
                  containers:
                    - name: controller
                      image: registry.k8s.io/ingress-nginx/controller:v1.12.1
                      args:
                        - /nginx-ingress-controller
                        - --validating-webhook=:8443
            """,
        References = ["CVE-2025-1974: https://kubernetes.io/blog/2025/03/24/ingress-nginx-cve-2025-1974/"],
    };

    public override void Check(RuleContext context)
    {
        foreach (var container in context.Pod?.Containers ?? [])
        {
            if (container.Node.GetScalar("image") is not { Value: var image } imageNode)
            {
                continue;
            }

            var reference = ImageReference.Parse(image);
            if (!ControllerRepositories.Any(r => reference.Repository.EndsWith(r, StringComparison.Ordinal)) || reference.Version is not { Build: >= 0 } version || !IsVulnerable(version))
            {
                continue;
            }

            if (context.CommandLineOf(container)["validating-webhook"] is { Value.Length: > 0 })
            {
                context.Report(imageNode, $"ingress-nginx controller {reference.Tag} serves its admission webhook with CVE-2025-1974: anyone on the pod network can run code in the controller and read every Secret; fixed in v1.11.5 and v1.12.1");
            }
            else
            {
                context.Report(imageNode, $"ingress-nginx controller {reference.Tag} lets whoever can create an Ingress inject configuration (CVE-2025-1097, CVE-2025-1098, CVE-2025-24514); fixed in v1.11.5 and v1.12.1", Severity.Warning);
            }
        }
    }

    private static bool IsVulnerable(Version version) =>
        version < new Version(1, 11, 5) || (version.Major == 1 && version.Minor == 12 && version.Build == 0);
}
