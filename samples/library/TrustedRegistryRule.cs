using KubeLint.Rules;

namespace KubeLint.Example;

/// <summary>A rule of our own: every container image must come from the company registry.</summary>
internal sealed class TrustedRegistryRule(string registry) : ObjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "ACME001",
        Name = "untrusted-registry",
        Title = "Image from outside the company registry",
        Category = "supply-chain",
        DefaultSeverity = Severity.Error,
        AppliesTo = ["workloads"],
        WhatItChecks = $"Container images that do not start with {registry}/.",
        WhyItMatters = "Images from public registries are not scanned or signed by us.",
        HowToFix = $"Mirror the image into {registry} and use that reference.",
        Example = "apiVersion: v1\nkind: Pod\nmetadata: {name: app}\nspec:\n  containers: [{name: app, image: nginx:1.27}]\n",
        FixedExample = $"apiVersion: v1\nkind: Pod\nmetadata: {{name: app}}\nspec:\n  containers: [{{name: app, image: {registry}/nginx:1.27}}]\n",
    };

    public override void Check(RuleContext context)
    {
        // Every container of the pod spec, wherever the workload keeps it: containers, init and ephemeral containers.
        foreach (var container in context.Pod?.Containers ?? [])
        {
            if (container.Node.GetScalar("image") is { IsNull: false } image && !image.Value.StartsWith(registry + "/", StringComparison.Ordinal))
            {
                context.Report(image, $"container \"{container.Name}\" uses {image.Value}, not an image from {registry}");
            }
        }
    }
}
