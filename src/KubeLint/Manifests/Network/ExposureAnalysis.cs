using KubeLint.Manifests.Index;

namespace KubeLint.Manifests.Network;

/// <summary>
/// Which ways lead from outside the cluster to a workload: externally reachable Services that
/// select its pods, unauthenticated Ingresses and Gateway API routes to any Service that selects
/// them, and the node's own address through hostNetwork or hostPort.
/// </summary>
internal static class ExposureAnalysis
{
    /// <param name="workload">The workload whose pods are reached.</param>
    /// <param name="index">The run's index.</param>
    /// <param name="uiPorts">When non-empty, only Services forwarding to one of these ports count.</param>
    /// <param name="container">When set, only this container's host ports count.</param>
    public static IReadOnlyList<Exposure> Of(WorkloadFacts workload, ManifestIndex index, IReadOnlyList<string> uiPorts, string? container)
    {
        var exposures = new List<Exposure>();
        if (workload.HostNetwork is { } hostNetwork)
        {
            exposures.Add(new Exposure(workload.Object, Relabel(hostNetwork), "hostNetwork: true (the node's own addresses)"));
        }

        foreach (var hostPort in workload.HostPorts.Where(p => container is null || p.Value == container))
        {
            exposures.Add(new Exposure(workload.Object, hostPort, $"a hostPort of container \"{hostPort.Value}\" (the node's own addresses)"));
        }

        var selecting = index.Services
            .Where(s => s.Selects(workload.Namespace, workload.PodLabels))
            .Where(s => uiPorts.Count == 0 || s.TargetPorts.Any(uiPorts.Contains))
            .ToList();
        foreach (var service in selecting.Where(s => s.ExternalReach is not null))
        {
            exposures.Add(new Exposure(service.Object, service.ExternalReach!.Value, $"{service.Object.Ref.Display} ({service.ExternalReach.Value.Value})"));
        }

        var selectedNames = selecting.Select(s => (s.Namespace, s.Name)).ToHashSet();
        foreach (var route in index.Routes.Where(r => r.AuthGuard is null))
        {
            foreach (var backend in route.Backends.Where(b => selectedNames.Contains(b.Value)))
            {
                exposures.Add(new Exposure(route.Object, new Located<string>(backend.Value.Name, backend.Span, backend.Path), $"{route.Object.Ref.Display} (to Service {backend.Value.Namespace}/{backend.Value.Name}, without authentication)"));
            }
        }

        return exposures;
    }

    private static Located<string> Relabel(Located<bool> located) => new("hostNetwork", located.Span, located.Path);
}
