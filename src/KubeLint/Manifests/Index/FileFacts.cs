using KubeLint.Manifests.AdminUis;
using KubeLint.Manifests.Network;
using KubeLint.Manifests.Rbac;

namespace KubeLint.Manifests.Index;

/// <summary>
/// The compact facts kept from one file after its trees are dropped. A list is made only for the
/// facts a file has: most files hold one or two kinds of object, and a run keeps every file's facts.
/// </summary>
internal sealed class FileFacts
{
    private List<ServiceAccountFacts>? _serviceAccounts;
    private List<WorkloadFacts>? _workloads;
    private List<RoleFacts>? _roles;
    private List<BindingFacts>? _bindings;
    private List<ServiceFacts>? _services;
    private List<RouteFacts>? _routes;
    private List<ConfigMapFacts>? _configMaps;
    private List<PodSelectorFacts>? _podSelectors;
    private List<AdminUiFacts>? _adminUis;
    private List<string>? _staticPodPaths;

    /// <summary>Where the file's objects were deployed from.</summary>
    public JoinScope Scope { get; set; } = JoinScope.InMemory;

    public IReadOnlyList<ServiceAccountFacts> ServiceAccounts => _serviceAccounts ?? [];

    public IReadOnlyList<WorkloadFacts> Workloads => _workloads ?? [];

    public IReadOnlyList<RoleFacts> Roles => _roles ?? [];

    public IReadOnlyList<BindingFacts> Bindings => _bindings ?? [];

    public IReadOnlyList<ServiceFacts> Services => _services ?? [];

    public IReadOnlyList<RouteFacts> Routes => _routes ?? [];

    public IReadOnlyList<ConfigMapFacts> ConfigMaps => _configMaps ?? [];

    public IReadOnlyList<PodSelectorFacts> PodSelectors => _podSelectors ?? [];

    public IReadOnlyList<AdminUiFacts> AdminUis => _adminUis ?? [];

    /// <summary>The <c>staticPodPath</c> of each KubeletConfiguration in the file.</summary>
    public IReadOnlyList<string> StaticPodPaths => _staticPodPaths ?? [];

    public void Add(ServiceAccountFacts account) => (_serviceAccounts ??= []).Add(account);

    public void Add(WorkloadFacts workload) => (_workloads ??= []).Add(workload);

    public void Add(RoleFacts role) => (_roles ??= []).Add(role);

    public void Add(BindingFacts binding) => (_bindings ??= []).Add(binding);

    public void Add(ServiceFacts service) => (_services ??= []).Add(service);

    public void Add(RouteFacts route) => (_routes ??= []).Add(route);

    public void Add(ConfigMapFacts configMap) => (_configMaps ??= []).Add(configMap);

    public void Add(PodSelectorFacts selector) => (_podSelectors ??= []).Add(selector);

    public void Add(AdminUiFacts adminUi) => (_adminUis ??= []).Add(adminUi);

    public void AddStaticPodPath(string path) => (_staticPodPaths ??= []).Add(path);
}
