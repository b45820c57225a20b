using KubeLint.Manifests.Suppressions;
using KubeLint.Yaml;

namespace KubeLint.Manifests.Index;

/// <summary>What every cross-object finding needs of its object once the tree is gone.</summary>
/// <param name="Ref">The object reference.</param>
/// <param name="Source">Where it was read from.</param>
/// <param name="Anchor">The span that stands for the whole object (its name).</param>
/// <param name="Suppressions">Its suppression annotations.</param>
internal sealed record ObjectFacts(ObjectRef Ref, ManifestSource Source, SourceSpan Anchor, SuppressionSet Suppressions)
{
    /// <summary>The node path of <see cref="Anchor"/> (<c>metadata.name</c>), so that findings placed there can be followed back to a chart or kustomization source.</summary>
    public string AnchorPath { get; init; } = string.Empty;

    public static ObjectFacts Of(K8sObject obj, SuppressionSet suppressions) =>
        new(obj.Ref, obj.Source, obj.SpanOf(obj.AnchorNode), suppressions) { AnchorPath = obj.AnchorPath };
}
