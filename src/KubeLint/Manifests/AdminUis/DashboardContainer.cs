using System.Text.RegularExpressions;
using KubeLint.Manifests.Programs;
using KubeLint.Manifests.Workloads;

namespace KubeLint.Manifests.AdminUis;

/// <summary>A container running the Kubernetes Dashboard, with its flags and image, for the per-object dashboard rules.</summary>
internal sealed partial record DashboardContainer(ContainerView Container, ContainerCommandLine CommandLine, ImageReference Image)
{
    /// <summary>Dashboard 1.x images (before the modular 3.x+ images), whose versions are the Dashboard's own.</summary>
    public bool IsLegacyImage => LegacyImage().IsMatch(Image.Repository);

    /// <summary>The containers of <paramref name="pod"/> whose image is a Kubernetes Dashboard of <paramref name="adminUis"/>.</summary>
    public static IEnumerable<DashboardContainer> In(PodSpecView? pod, Func<ContainerView, ContainerCommandLine> commandLineOf, IReadOnlyList<AdminUiEntry> adminUis)
    {
        foreach (var container in pod?.Containers ?? [])
        {
            if (container.Node.GetString("image") is { } image
                && ImageReference.Parse(image) is var reference
                && adminUis.Any(entry => entry.IsKubernetesDashboard && entry.MatchesImage(reference.Repository)))
            {
                yield return new DashboardContainer(container, commandLineOf(container), reference);
            }
        }
    }

    [GeneratedRegex("(^|/)kubernetes-dashboard(-[a-z0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex LegacyImage();
}
