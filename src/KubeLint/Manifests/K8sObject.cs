using KubeLint.Yaml;

namespace KubeLint.Manifests;

/// <summary>One Kubernetes object read from a manifest, with its tree and where it came from.</summary>
public sealed class K8sObject
{
    internal K8sObject(ManifestSource source, YamlMapping root, string apiVersion, string kind, string defaultNamespace, StringPool strings)
    {
        Strings = strings;
        Source = source;
        Root = root;
        ApiVersion = strings.Get(apiVersion);
        Kind = strings.Get(kind);
        Metadata = root.GetMapping("metadata");
        Name = strings.Get(ReadName(Metadata));
        DeclaredNamespace = strings.GetOrNull(Metadata?.GetString("namespace"));
        Namespace = KubernetesKinds.IsClusterScoped(kind) ? null : DeclaredNamespace ?? defaultNamespace;
        Labels = StringMap.Of(Metadata?.GetMapping("labels"));
        Annotations = StringMap.Of(Metadata?.GetMapping("annotations"));
        Ref = new ObjectRef(InputValue.Quoted(ApiVersion), InputValue.Quoted(Kind), Namespace is null ? null : InputValue.Quoted(Namespace), InputValue.Quoted(Name));
    }

    /// <summary>Where the object was read from.</summary>
    public ManifestSource Source { get; }

    /// <summary>The object's root mapping.</summary>
    public YamlMapping Root { get; }

    /// <summary>The object's <c>metadata</c> mapping, if any.</summary>
    public YamlMapping? Metadata { get; }

    /// <summary>The <c>apiVersion</c>.</summary>
    public string ApiVersion { get; }

    /// <summary>The API group (empty for the core group).</summary>
    public string ApiGroup => KubernetesKinds.GroupOf(ApiVersion);

    /// <summary>The <c>kind</c>.</summary>
    public string Kind { get; }

    /// <summary>The name, <c>generateName*</c>, or an empty string.</summary>
    public string Name { get; }

    /// <summary>The namespace written in the manifest, if any.</summary>
    public string? DeclaredNamespace { get; }

    /// <summary>The effective namespace (declared, else the run's default); null for cluster-scoped kinds.</summary>
    public string? Namespace { get; }

    /// <summary>The object's labels (string values only).</summary>
    public IReadOnlyDictionary<string, string> Labels { get; }

    /// <summary>The object's annotations (string values only).</summary>
    public IReadOnlyDictionary<string, string> Annotations { get; }

    /// <summary>The reference used in findings.</summary>
    public ObjectRef Ref { get; }

    /// <summary>The span a finding about <paramref name="node"/> points at.</summary>
    public SourceSpan SpanOf(YamlNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var (start, end) = node.FindingRange;
        return new SourceSpan(Source.File, start, end);
    }

    /// <summary>The node that best stands for the whole object: its <c>metadata.name</c>, else <c>kind</c>.</summary>
    public YamlNode AnchorNode => Metadata?["name"] ?? Root["kind"] ?? Root;

    /// <summary>The node path of <see cref="AnchorNode"/>.</summary>
    public string AnchorPath => Metadata?["name"] is not null ? "metadata.name" : Root["kind"] is not null ? "kind" : string.Empty;

    /// <summary>
    /// The run's pool for what is kept from this object to the run's end (its reference, and the facts
    /// and findings made from it); labels go through it only when a fact keeps them.
    /// </summary>
    internal StringPool Strings { get; }

    private static string ReadName(YamlMapping? metadata)
    {
        if (metadata?.GetString("name") is { Length: > 0 } name)
        {
            return name;
        }

        return metadata?.GetString("generateName") is { Length: > 0 } generated ? generated + "*" : string.Empty;
    }
}
