using System.Text.RegularExpressions;
using KubeLint.Manifests.Commands;
using KubeLint.Manifests.Workloads;
using KubeLint.Rules;

namespace KubeLint.Manifests.AdminUis;

/// <summary>A container running the Kubernetes Dashboard, with its flags and image, for the per-object dashboard rules.</summary>
internal sealed partial record DashboardContainer(ContainerView Container, ContainerCommandLine CommandLine, ImageReference Image)
{
    /// <summary>Dashboard 1.x images (before the modular 3.x+ images), whose versions are the Dashboard's own.</summary>
    public bool IsLegacyImage => LegacyImage().IsMatch(Image.Repository);

    public static IEnumerable<DashboardContainer> In(RuleContext context)
    {
        foreach (var container in context.Pod?.Containers ?? [])
        {
            if (container.Node.GetString("image") is { } image
                && ImageReference.Parse(image) is var reference
                && context.Settings.AdminUis.Any(entry => entry.IsKubernetesDashboard && entry.MatchesImage(reference.Repository)))
            {
                yield return new DashboardContainer(container, context.CommandLineOf(container), reference);
            }
        }
    }

    [GeneratedRegex("(^|/)kubernetes-dashboard(-[a-z0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex LegacyImage();
}
