using KubeLint.Manifests.AdminUis;
using KubeLint.Manifests.Network;
using KubeLint.Manifests.Rbac;

namespace KubeLint.Manifests.Index;

/// <summary>
/// The one cross-object index of a run, built from every file's facts in input order, so lookups
/// are deterministic: the first definition of a name wins.
/// </summary>
internal sealed class ManifestIndex
{
    private readonly Dictionary<(string Namespace, string Name), ServiceAccountFacts> _serviceAccounts = [];
    private readonly List<ServiceAccountFacts> _serviceAccountsInOrder = [];
    private readonly Dictionary<(string Namespace, string Name), ConfigMapFacts> _configMaps = [];
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
                if (_serviceAccounts.TryAdd((account.Namespace, account.Name), account))
                {
                    _serviceAccountsInOrder.Add(account);
                }
            }

            workloads.AddRange(file.Workloads);
            roles.AddRange(file.Roles);
            bindings.AddRange(file.Bindings);
            services.AddRange(file.Services);
            routes.AddRange(file.Routes);
            adminUis.AddRange(file.AdminUis);
            foreach (var configMap in file.ConfigMaps)
            {
                _configMaps.TryAdd((configMap.Namespace, configMap.Name), configMap);
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

    /// <summary>Every ServiceAccount of the input, first definition of each name, in input order.</summary>
    public IEnumerable<ServiceAccountFacts> ServiceAccounts => _serviceAccountsInOrder;

    public IReadOnlyList<BindingFacts> Bindings { get; }

    public IReadOnlyList<ServiceFacts> Services { get; }

    public IReadOnlyList<RouteFacts> Routes { get; }

    public IReadOnlyList<AdminUiFacts> AdminUis { get; }

    public ConfigMapFacts? FindConfigMap(string ns, string name) => _configMaps.GetValueOrDefault((ns, name));

    public RbacModel Rbac { get; }

    public ServiceAccountFacts? FindServiceAccount(string ns, string name) =>
        _serviceAccounts.GetValueOrDefault((ns, name));

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
