using KubeLint.Rules;
using KubeLint.Yaml;

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
        foreach (var container in Containers(context.Object.Root))
        {
            if (container.GetScalar("image") is { IsNull: false } image && !image.Value.StartsWith(registry + "/", StringComparison.Ordinal))
            {
                context.Report(image, $"container \"{container.GetString("name")}\" uses {image.Value}, not an image from {registry}");
            }
        }
    }

    private static IEnumerable<YamlMapping> Containers(YamlMapping root)
    {
        var spec = root.GetMapping("spec");
        var podSpec = root.GetString("kind") switch
        {
            "Pod" => spec,
            "CronJob" => spec?.GetMapping("jobTemplate")?.GetMapping("spec")?.GetMapping("template")?.GetMapping("spec"),
            _ => spec?.GetMapping("template")?.GetMapping("spec"),
        };
        foreach (var list in new[] { "initContainers", "containers" })
        {
            foreach (var item in podSpec?.GetSequence(list)?.Items ?? [])
            {
                if (item is YamlMapping container)
                {
                    yield return container;
                }
            }
        }
    }
}
