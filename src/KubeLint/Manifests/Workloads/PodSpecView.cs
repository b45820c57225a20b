using KubeLint.Yaml;

namespace KubeLint.Manifests.Workloads;

/// <summary>The pod spec of any workload kind, with its template metadata and all of its containers.</summary>
public sealed class PodSpecView
{
    private PodSpecView(K8sObject obj, YamlMapping? templateMetadata, YamlMapping spec)
    {
        Object = obj;
        TemplateMetadata = templateMetadata;
        Spec = spec;
        SecurityContext = spec.GetMapping("securityContext");
        Containers = ReadContainers();
        TemplateLabels = StringMap.Of(templateMetadata?.GetMapping("labels"));
        TemplateAnnotations = StringMap.Of(templateMetadata?.GetMapping("annotations"));
    }

    /// <summary>The object whose pod spec this is.</summary>
    public K8sObject Object { get; }

    /// <summary>The pod template's metadata (for a Pod, the object's own metadata).</summary>
    public YamlMapping? TemplateMetadata { get; }

    /// <summary>The pod spec's mapping, with positions.</summary>
    public YamlMapping Spec { get; }

    /// <summary>The pod-level <c>securityContext</c>.</summary>
    public YamlMapping? SecurityContext { get; }

    /// <summary>Every container: <c>containers</c>, <c>initContainers</c> and <c>ephemeralContainers</c>, in that order.</summary>
    public IReadOnlyList<ContainerView> Containers { get; }

    /// <summary>The pod template's labels.</summary>
    public IReadOnlyDictionary<string, string> TemplateLabels { get; }

    /// <summary>The pod template's annotations.</summary>
    public IReadOnlyDictionary<string, string> TemplateAnnotations { get; }

    /// <summary>Whether the pod declares itself a Windows pod (<c>spec.os.name: windows</c>).</summary>
    public bool IsWindows => Spec.GetMapping("os")?.GetString("name") == "windows";

    /// <summary>Whether the pod runs in a user namespace (<c>hostUsers: false</c>), which the standard relaxes some controls for.</summary>
    public bool IsUserNamespaced => Spec["hostUsers"].IsFalse();

    /// <summary>The pod's volumes.</summary>
    public IEnumerable<YamlMapping> Volumes => Spec["volumes"].AsItems().OfType<YamlMapping>();

    /// <summary>A field of the pod-level <c>securityContext</c>.</summary>
    public YamlNode? SecurityField(string key) => SecurityContext?[key];

    /// <summary>
    /// The containers whose effective <paramref name="field"/> (<c>runAsUser</c>, <c>runAsGroup</c>) is 0:
    /// those that set it themselves, with where, and those that inherit the pod's.
    /// </summary>
    internal (List<(ContainerView Container, YamlNode Node)> Own, List<ContainerView> Inheriting) ContainersWithZero(string field)
    {
        var own = new List<(ContainerView, YamlNode)>();
        var inheriting = new List<ContainerView>();
        foreach (var container in Containers)
        {
            var (value, node) = container.Effective.GetInt64(field);
            if (value == 0 && node is not null)
            {
                if (container.SecurityField(field) == node)
                {
                    own.Add((container, node));
                }
                else
                {
                    inheriting.Add(container);
                }
            }
        }

        return (own, inheriting);
    }

    /// <summary>Where pod-level findings about a missing field go: the spec's key line.</summary>
    public YamlNode Anchor => Spec.Key is not null ? Spec : Object.AnchorNode;

    /// <summary>The object's pod specs: none for objects that run no pods, several for some custom resources.</summary>
    internal static IReadOnlyList<PodSpecView> CreateAll(K8sObject obj)
    {
        var templates = WorkloadKinds.PodTemplatesOf(obj);
        var views = new List<PodSpecView>(templates.Count);
        foreach (var template in templates)
        {
            if (template.GetMapping("spec") is { } spec)
            {
                views.Add(new PodSpecView(obj, template.GetMapping("metadata"), spec));
            }
        }

        return views;
    }

    /// <summary>A pod-level boolean field such as <c>hostNetwork</c>, read as Kubernetes reads it.</summary>
    public (bool? Value, YamlScalar? Node) GetBoolean(string field)
    {
        var node = Spec.GetScalar(field);
        return node is not null && node.TryGetBoolean(out var value) ? (value, node) : (null, node);
    }

    private static bool AlreadyListed(List<ContainerView> containers, int from, YamlMapping node)
    {
        for (var i = from; i < containers.Count; i++)
        {
            if (ReferenceEquals(containers[i].Node, node))
            {
                return true;
            }
        }

        return false;
    }

    private List<ContainerView> ReadContainers()
    {
        var containers = new List<ContainerView>();
        foreach (var list in (ContainerList[])[ContainerList.Containers, ContainerList.InitContainers, ContainerList.EphemeralContainers])
        {
            if (Spec.GetSequence(ContainerView.KeyOf(list)) is not { } items)
            {
                continue;
            }

            // The same node listed again through an alias is one container (the API server refuses duplicate names anyway).
            var seen = items.Count > 8 ? new HashSet<YamlMapping>(ReferenceEqualityComparer.Instance) : null;
            var first = containers.Count;
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is YamlMapping container && (seen?.Add(container) ?? !AlreadyListed(containers, first, container)))
                {
                    containers.Add(new ContainerView(this, list, i, container));
                }
            }
        }

        return containers;
    }
}
