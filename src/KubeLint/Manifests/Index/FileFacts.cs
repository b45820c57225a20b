using KubeLint.Manifests.Rbac;

namespace KubeLint.Manifests.Index;

/// <summary>The compact facts kept from one file after its trees are dropped.</summary>
internal sealed class FileFacts
{
    public List<ServiceAccountFacts> ServiceAccounts { get; } = [];

    public List<WorkloadFacts> Workloads { get; } = [];

    public List<RoleFacts> Roles { get; } = [];

    public List<BindingFacts> Bindings { get; } = [];
}
