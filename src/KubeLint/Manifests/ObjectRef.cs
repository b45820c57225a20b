namespace KubeLint.Manifests;

/// <summary>Identifies a Kubernetes object in findings and reports.</summary>
/// <param name="ApiVersion">The object's <c>apiVersion</c>.</param>
/// <param name="Kind">The object's <c>kind</c>.</param>
/// <param name="Namespace">The effective namespace; null for cluster-scoped kinds.</param>
/// <param name="Name">The object's name (or <c>generateName</c> followed by <c>*</c>).</param>
public sealed record ObjectRef(string ApiVersion, string Kind, string? Namespace, string Name)
{
    /// <summary><c>Kind namespace/name</c> or <c>Kind name</c>, for messages.</summary>
    public string Display => (Namespace, Name) switch
    {
        (_, "") => Kind,
        (null, _) => $"{Kind} {Name}",
        _ => $"{Kind} {Namespace}/{Name}",
    };

    /// <inheritdoc />
    public override string ToString() => Display;
}
