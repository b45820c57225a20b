using KubeLint.Manifests.AdminUis;
using KubeLint.Manifests.Network;
using KubeLint.Manifests.Rbac;

namespace KubeLint.Manifests.Index;

/// <summary>The compact facts kept from one file after its trees are dropped.</summary>
internal sealed class FileFacts
{
    /// <summary>Where the file's objects were deployed from.</summary>
    public JoinScope Scope { get; set; } = JoinScope.InMemory;

    public List<ServiceAccountFacts> ServiceAccounts { get; } = [];

    public List<WorkloadFacts> Workloads { get; } = [];

    public List<RoleFacts> Roles { get; } = [];

    public List<BindingFacts> Bindings { get; } = [];

    public List<ServiceFacts> Services { get; } = [];

    public List<RouteFacts> Routes { get; } = [];

    public List<ConfigMapFacts> ConfigMaps { get; } = [];

    /// <summary>PodDisruptionBudgets, NetworkPolicies and Services, with the pods they select.</summary>
    public List<PodSelectorFacts> PodSelectors { get; } = [];

    public List<AdminUiFacts> AdminUis { get; } = [];

    /// <summary>The <c>staticPodPath</c> of each KubeletConfiguration in the file.</summary>
    public List<string> StaticPodPaths { get; } = [];
}
