using KubeLint.Manifests.AdminUis;
using KubeLint.Manifests.Network;
using KubeLint.Manifests.Rbac;

namespace KubeLint.Manifests.Index;

/// <summary>
/// The one cross-object index of a run, built from every file's facts in input order, so lookups
/// are deterministic. A name defined more than once resolves to the definition nearest the
/// referring object (<see cref="NamedDefinitions{T}"/>).
/// </summary>
internal sealed class ManifestIndex
{
    private readonly NamedDefinitions<ServiceAccountFacts> _serviceAccounts = new(a => a.Object);
    private readonly NamedDefinitions<ConfigMapFacts> _configMaps = new(c => c.Object);
    private readonly Dictionary<WorkloadFacts, TokenMount> _tokenMounts = new(ReferenceEqualityComparer.Instance);

    public ManifestIndex(IEnumerable<FileFacts> files)
    {
        var workloads = new List<WorkloadFacts>();
        var roles = new List<RoleFacts>();
        var bindings = new List<BindingFacts>();
        var services = new List<ServiceFacts>();
        var routes = new List<RouteFacts>();
        var adminUis = new List<AdminUiFacts>();
        foreach (var file in files)
        {
            foreach (var account in file.ServiceAccounts)
            {
                _serviceAccounts.Add(account.Namespace, account.Name, account);
            }

            workloads.AddRange(file.Workloads);
            roles.AddRange(file.Roles);
            bindings.AddRange(file.Bindings);
            services.AddRange(file.Services);
            routes.AddRange(file.Routes);
            adminUis.AddRange(file.AdminUis);
            foreach (var configMap in file.ConfigMaps)
            {
                _configMaps.Add(configMap.Namespace, configMap.Name, configMap);
            }
        }

        Workloads = workloads;
        Services = services;
        Routes = routes;
        AdminUis = adminUis;
        Bindings = bindings;
        Rbac = new RbacModel(roles, bindings);
    }

    public IReadOnlyList<WorkloadFacts> Workloads { get; }

    /// <summary>Every ServiceAccount definition of the input, in input order.</summary>
    public IReadOnlyList<ServiceAccountFacts> ServiceAccounts => _serviceAccounts.All;

    public IReadOnlyList<BindingFacts> Bindings { get; }

    public IReadOnlyList<ServiceFacts> Services { get; }

    public IReadOnlyList<RouteFacts> Routes { get; }

    public IReadOnlyList<AdminUiFacts> AdminUis { get; }

    /// <summary>The ConfigMap <paramref name="ns"/>/<paramref name="name"/> nearest <paramref name="fromFile"/>.</summary>
    public ConfigMapFacts? FindConfigMap(string ns, string name, string fromFile) => _configMaps.Nearest(ns, name, fromFile);

    public RbacModel Rbac { get; }

    /// <summary>The ServiceAccount <paramref name="ns"/>/<paramref name="name"/> nearest <paramref name="fromFile"/>.</summary>
    public ServiceAccountFacts? FindServiceAccount(string ns, string name, string fromFile) => _serviceAccounts.Nearest(ns, name, fromFile);

    /// <summary>The token-mount decision for a workload, decided once per run.</summary>
    public TokenMount TokenMountOf(WorkloadFacts workload)
    {
        if (!_tokenMounts.TryGetValue(workload, out var decision))
        {
            decision = TokenMount.Decide(workload, this);
            _tokenMounts[workload] = decision;
        }

        return decision;
    }
}
