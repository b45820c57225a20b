using KubeLint.Yaml;

namespace KubeLint.Manifests.Workloads;

/// <summary>One container of a pod spec, from any of the three lists.</summary>
public sealed class ContainerView
{
    internal ContainerView(PodSpecView pod, ContainerList list, int index, YamlMapping node)
    {
        Pod = pod;
        List = list;
        Index = index;
        Node = node;
        Name = node.GetString("name") ?? string.Empty;
        SecurityContext = node.GetMapping("securityContext");
        Effective = new EffectiveSecurityContext(pod.SecurityContext, SecurityContext);
    }

    /// <summary>The pod spec the container belongs to.</summary>
    public PodSpecView Pod { get; }

    /// <summary>Which list holds it: <c>containers</c>, <c>initContainers</c> or <c>ephemeralContainers</c>.</summary>
    public ContainerList List { get; }

    /// <summary>Its position in that list.</summary>
    public int Index { get; }

    /// <summary>The container's mapping, with positions, for reading any field and reporting at it.</summary>
    public YamlMapping Node { get; }

    /// <summary>The container's <c>name</c> (empty when it has none).</summary>
    public string Name { get; }

    /// <summary>The container's own <c>securityContext</c>.</summary>
    public YamlMapping? SecurityContext { get; }

    /// <summary>The security context in force: the container's fields over the pod's, as the kubelet applies them.</summary>
    public EffectiveSecurityContext Effective { get; }

    /// <summary>The list's key in the pod spec (<c>initContainers</c>).</summary>
    public string ListKey => KeyOf(List);

    /// <summary><c>container "app"</c>, with the list and index for init and ephemeral containers.</summary>
    public string Label => List == ContainerList.Containers
        ? $"container \"{InputValue.Quoted(Name)}\""
        : $"container \"{InputValue.Quoted(Name)}\" ({ListKey}[{Index}])";

    /// <summary><c>container "a"</c>, or <c>containers "a", "b" (initContainers[0])</c> for several.</summary>
    internal static string Describe(IReadOnlyList<ContainerView> containers) => containers.Count == 1
        ? containers[0].Label
        : "containers " + string.Join(", ", containers.Select(c => c.Label["container ".Length..]));

    /// <summary>Where a finding about a missing field goes: the container's <c>name</c>, else the container.</summary>
    public YamlNode Anchor => Node["name"] ?? Node;

    /// <summary>The literal value of environment variable <paramref name="name"/> (the last entry of that name wins), or null when it is not set literally.</summary>
    public YamlScalar? EnvironmentValue(string name) =>
        Node["env"].AsItems().OfType<YamlMapping>().LastOrDefault(e => e.GetString("name") == name)?["value"] is YamlScalar { IsNull: false } value ? value : null;

    /// <summary>A field of the container's own <c>securityContext</c>.</summary>
    public YamlNode? SecurityField(string key) => SecurityContext?[key];

    internal static string KeyOf(ContainerList list) => list switch
    {
        ContainerList.InitContainers => "initContainers",
        ContainerList.EphemeralContainers => "ephemeralContainers",
        _ => "containers",
    };
}
