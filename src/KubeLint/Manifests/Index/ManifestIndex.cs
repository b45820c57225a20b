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
    private readonly Dictionary<(string Namespace, string Kind), List<(PodSelectorFacts Selector, JoinScope Scope)>> _podSelectors = [];
    private readonly Dictionary<ObjectFacts, JoinScope> _scopes = new(ReferenceEqualityComparer.Instance);

    public ManifestIndex(IEnumerable<FileFacts> files)
    {
        var workloads = new List<WorkloadFacts>();
        var roles = new List<RoleFacts>();
        var bindings = new List<BindingFacts>();
        var services = new List<ServiceFacts>();
        var routes = new List<RouteFacts>();
        var adminUis = new List<AdminUiFacts>();
        var staticPodPaths = new List<string>();
        foreach (var file in files)
        {
            foreach (var account in file.ServiceAccounts)
            {
                _serviceAccounts.Add(account.Namespace, account.Name, account, file.Scope);
            }

            foreach (var workload in file.Workloads)
            {
                _scopes[workload.Object] = file.Scope;
            }

            workloads.AddRange(file.Workloads);
            roles.AddRange(file.Roles);
            bindings.AddRange(file.Bindings);
            services.AddRange(file.Services);
            routes.AddRange(file.Routes);
            adminUis.AddRange(file.AdminUis);
            staticPodPaths.AddRange(file.StaticPodPaths);
            foreach (var selector in file.PodSelectors)
            {
                if (!_podSelectors.TryGetValue((selector.Namespace, selector.Kind), out var same))
                {
                    _podSelectors[(selector.Namespace, selector.Kind)] = same = [];
                }

                same.Add((selector, file.Scope));
            }
            foreach (var configMap in file.ConfigMaps)
            {
                _configMaps.Add(configMap.Namespace, configMap.Name, configMap, file.Scope);
            }
        }

        Workloads = workloads;
        StaticPodPaths = staticPodPaths;
        Services = services;
        Routes = routes;
        AdminUis = adminUis;
        Bindings = bindings;
        Rbac = new RbacModel(roles, bindings);
    }

    public IReadOnlyList<WorkloadFacts> Workloads { get; }

    /// <summary>The folders the kubelets of the run read static pods from.</summary>
    public IReadOnlyList<string> StaticPodPaths { get; }

    /// <summary>Whether a workload is a static pod, which never gets a service-account token.</summary>
    public bool IsStaticPod(WorkloadFacts workload) =>
        workload.Object.Ref is { ApiVersion: "v1", Kind: "Pod" }
        && (workload.IsControlPlaneStaticPod || (StaticPodPaths.Count > 0 && workload.Object.Source.File != "-" && Manifests.Workloads.StaticPods.IsInManifestFolder(workload.Object.Source.File, StaticPodPaths)));

    /// <summary>Every ServiceAccount definition of the input, in input order.</summary>
    public IReadOnlyList<ServiceAccountFacts> ServiceAccounts => _serviceAccounts.All;

    public IReadOnlyList<BindingFacts> Bindings { get; }

    public IReadOnlyList<ServiceFacts> Services { get; }

    public IReadOnlyList<RouteFacts> Routes { get; }

    public IReadOnlyList<AdminUiFacts> AdminUis { get; }

    /// <summary>
    /// The ConfigMap <paramref name="ns"/>/<paramref name="name"/> nearest <paramref name="user"/>,
    /// preferring one deployed with it. Its settings can only add findings, so one from elsewhere is used too.
    /// </summary>
    public ConfigMapFacts? FindConfigMap(string ns, string name, ObjectFacts user) => _configMaps.Nearest(ns, name, user.Source.File, ScopeOf(user)).Definition;

    public RbacModel Rbac { get; }

    /// <summary>The ServiceAccount <paramref name="ns"/>/<paramref name="name"/> nearest <paramref name="user"/>, and whether it is deployed with it.</summary>
    public (ServiceAccountFacts? Account, bool DeployedWith) FindServiceAccount(string ns, string name, ObjectFacts user) =>
        _serviceAccounts.Nearest(ns, name, user.Source.File, ScopeOf(user));

    /// <summary>
    /// The first object of one of <paramref name="kinds"/> that selects the workload's pods and is
    /// deployed with it: a selector from elsewhere would take a finding away, so it does not count.
    /// </summary>
    public PodSelectorFacts? FindSelector(WorkloadFacts workload, IReadOnlyList<string> kinds)
    {
        var scope = ScopeOf(workload.Object);
        foreach (var kind in kinds)
        {
            foreach (var (selector, selectorScope) in _podSelectors.GetValueOrDefault((workload.Namespace, kind)) ?? [])
            {
                if (selector.Selects(workload) && selectorScope.Covers(scope))
                {
                    return selector;
                }
            }
        }

        return null;
    }

    private JoinScope ScopeOf(ObjectFacts user) => _scopes.GetValueOrDefault(user) ?? JoinScope.InMemory;

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
