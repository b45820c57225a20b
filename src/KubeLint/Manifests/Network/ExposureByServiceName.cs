using KubeLint.Manifests.AdminUis;
using KubeLint.Manifests.Index;

namespace KubeLint.Manifests.Network;

/// <summary>An exposure of a Service that carries an admin UI's well-known name, and the UI it is named after.</summary>
/// <param name="Ui">The admin UI whose Service's usual name it carries.</param>
/// <param name="Service">The Service's name.</param>
/// <param name="Exposure">The way in from outside.</param>
/// <param name="IsTheService">Whether the Service itself is external, rather than reached by a route.</param>
internal sealed record NamedExposure(AdminUiEntry Ui, string Service, Exposure Exposure, bool IsTheService)
{
    /// <summary>What was found, naming the UI as <paramref name="uiName"/> (without the consequence).</summary>
    public string Describe(string uiName) => IsTheService
        ? $"{Exposure.How} has the usual name of {uiName}'s Service and is reachable from outside the cluster"
        : $"{Exposure.How} exposes Service {Service}, the usual name of {uiName}'s Service, outside the cluster";
}

/// <summary>
/// Ways from outside the cluster to a Service whose name is an admin UI's well-known one, when no
/// workload of the run that the Service selects is recognised as that UI (the UI's own manifests are
/// elsewhere, or it is installed by another tool): externally reachable Services of that name, and
/// unauthenticated routes to a Service of that name.
/// </summary>
internal static class ExposureByServiceName
{
    public static IReadOnlyList<NamedExposure> Of(ManifestIndex index, IEnumerable<AdminUiEntry> uis)
    {
        var entries = uis.Where(u => u.ServiceNames.Count > 0).ToList();
        var recognised = index.AdminUis.Select(ui => ui.Workload).ToList();
        var found = new List<NamedExposure>();
        foreach (var service in index.Services.Where(s => s.ExternalReach is not null))
        {
            if (EntryFor(service, service.Name, entries) is { } ui && !recognised.Any(w => service.Selects(w.Namespace, w.PodLabels)))
            {
                found.Add(new NamedExposure(ui, service.Name, new Exposure(service.Object, service.ExternalReach!.Value, $"{service.Object.Ref.Display} ({service.ExternalReach.Value.Value})"), IsTheService: true));
            }
        }

        Dictionary<string, ServiceFacts>? servicesByName = null;
        foreach (var route in index.Routes.Where(r => r.AuthGuard is null))
        {
            foreach (var backend in route.Backends)
            {
                var (ns, name) = backend.Value;
                if (!entries.Exists(e => HasUsualName(e, name)))
                {
                    continue;
                }

                servicesByName ??= ByNamespaceAndName(index.Services);
                var service = servicesByName.GetValueOrDefault(ns + "/" + name);
                if (EntryFor(service, name, entries) is { } ui && (service is null || !recognised.Any(w => service.Selects(w.Namespace, w.PodLabels))))
                {
                    found.Add(new NamedExposure(ui, name, new Exposure(route.Object, new Located<string>(name, backend.Span, backend.Path), $"{route.Object.Ref.Display} (to Service {ns}/{name}, without authentication)"), IsTheService: false));
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The UI a Service of this name is usually for. A UI that shares its pod with other traffic
    /// (Traefik) counts only when the Service is in the run and forwards to one of the UI's ports.
    /// </summary>
    private static AdminUiEntry? EntryFor(ServiceFacts? service, string serviceName, List<AdminUiEntry> entries) =>
        entries.FirstOrDefault(e =>
            HasUsualName(e, serviceName)
            && (e.UiPorts.Count == 0 || (service is not null && service.TargetPorts.Any(e.UiPorts.Contains))));

    private static bool HasUsualName(AdminUiEntry entry, string serviceName) =>
        entry.ServiceNames.Any(known => serviceName == known || serviceName.EndsWith("-" + known, StringComparison.Ordinal));

    /// <summary>The first Service of each namespace and name (a slash cannot occur in either), looked up once per route backend instead of a scan of every Service.</summary>
    private static Dictionary<string, ServiceFacts> ByNamespaceAndName(IReadOnlyList<ServiceFacts> services)
    {
        var byName = new Dictionary<string, ServiceFacts>(StringComparer.Ordinal);
        foreach (var service in services)
        {
            byName.TryAdd(service.Namespace + "/" + service.Name, service);
        }

        return byName;
    }
}
