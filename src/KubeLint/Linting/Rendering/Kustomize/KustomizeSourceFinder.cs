using KubeLint.Manifests;
using KubeLint.Yaml;

namespace KubeLint.Linting.Rendering.Kustomize;

/// <summary>A node of a build's sources that may have written a rendered node.</summary>
/// <param name="File">The resource or patch file.</param>
/// <param name="Node">The deepest node of the finding's path it holds.</param>
/// <param name="Depth">How many steps of the path that node is.</param>
/// <param name="Order">When it applies: later layers and later patches apply after earlier ones, resources first of all.</param>
internal sealed record SourceCandidate(string File, YamlNode Node, int Depth, long Order)
{
    /// <summary>Where a finding on the node points: as <see cref="YamlNode.FindingRange"/>, but the whole value for a JSON patch's value (it stands for a list item or a field, not for the <c>value</c> key).</summary>
    public (SourcePosition Start, SourcePosition End) Range { get; init; } = Node.FindingRange;
}

/// <summary>
/// Finds the resource or patch line that wrote a node of a kustomize build: the resource files of
/// every kustomization of the build that hold the object, and every patch of them that targets it
/// (strategic-merge documents of the same kind and name, with the layers' name prefixes and suffixes
/// taken into account, and JSON 6902 operations whose path leads to the node). Of those whose content
/// is still in the rendered node, the one holding the deepest part of the path wins, and of equals
/// the one applied last.
/// </summary>
/// <param name="sources">The build's layers, resources and patches.</param>
/// <param name="rendered">The build's output lines.</param>
internal sealed class KustomizeSourceFinder(KustomizeSources sources, IReadOnlyList<string> rendered)
{
    private const long ResourceOrder = long.MinValue / 2;

    /// <summary>
    /// Keys a strategic-merge patch repeats to say which object or list item it patches (the merge
    /// keys); the patch does not write them, so the resource that did is preferred.
    /// </summary>
    private static readonly HashSet<string> IdentifyingKeys = new(StringComparer.Ordinal) { "name", "namespace", "kind", "apiVersion", "mountPath", "containerPort" };

    private readonly Dictionary<int, YamlNode?> _renderedRoots = [];

    /// <summary>The source node that wrote the node at <paramref name="steps"/> of <paramref name="obj"/>, rendered at <paramref name="renderedLine"/>.</summary>
    public SourceCandidate? Find(ObjectRef obj, IReadOnlyList<PathStep> steps, int renderedLine)
    {
        var names = KustomizeLayers.NamesBeforeAffixes(obj.Name, sources.Layers);
        var candidates = Resources(obj.Kind, names, steps, strict: true);
        if (candidates.Count == 0)
        {
            candidates = Resources(obj.Kind, names, steps, strict: false);
        }

        foreach (var layer in sources.Layers)
        {
            for (var p = 0; p < layer.File.Patches.Count; p++)
            {
                var patch = layer.File.Patches[p];
                var order = (-(long)layer.Depth * 1_000_000) + (p * 1000);
                var source = sources.Patch(layer, patch);
                var file = source.File;
                var targeted = Targets(patch, obj.Kind, names);
                foreach (var document in source.Documents)
                {
                    var operations = JsonPatchOperation.In(document.Root);
                    if (operations.Count > 0)
                    {
                        if (targeted)
                        {
                            candidates.AddRange(operations.Select(op => (Op: op, Covered: op.Covers(steps)))
                                .Where(o => o.Covered >= 0)
                                .Select(o => Walk(file, o.Op.Value, steps, o.Covered, order + o.Op.Index) is var hit && hit.Node == o.Op.Value
                                    ? hit with { Range = source.Moved((o.Op.Value.Start, o.Op.Value.End)) }
                                    : hit with { Range = source.Moved(hit.Range) }));
                        }
                    }
                    else if (document.Root is YamlMapping && (IsObject(document.Root, obj.Kind, names) || (targeted && patch.TargetName is not null && KindOf(document.Root) == obj.Kind)))
                    {
                        var walked = Walk(file, document.Root, steps, 0, order);
                        var hit = walked with { Range = source.Moved(walked.Range) };
                        candidates.Add(hit.Depth == steps.Count && steps.Count > 0 && IdentifyingKeys.Contains(steps[^1].Key ?? string.Empty) ? hit with { Order = long.MinValue } : hit);
                    }
                }
            }
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        var renderedRoot = RenderedRoot(renderedLine);
        var written = candidates.Where(c => renderedRoot is null || (WalkExactly(renderedRoot, steps, c.Depth) is { } node && NodeContainment.Holds(node, c.Node))).ToList();
        return (written.Count > 0 ? written : candidates).OrderByDescending(c => c.Depth).ThenByDescending(c => c.Order).First();
    }

    /// <summary>The object in the layers' resource files; <paramref name="strict"/> parses only files with a <c>kind:</c> line for its kind.</summary>
    private List<SourceCandidate> Resources(string kind, IReadOnlySet<string> names, IReadOnlyList<PathStep> steps, bool strict) =>
        [.. sources.Layers
            .SelectMany(KustomizeSources.ResourceFiles)
            .Where(file => sources.MayHold(file, kind, names, strict))
            .SelectMany(file => sources.Documents(file).Where(d => IsObject(d.Root, kind, names)).Select(d => Walk(file, d.Root!, steps, 0, ResourceOrder)))];

    private bool Targets(KustomizationPatch patch, string kind, IReadOnlySet<string> names)
    {
        if (patch.TargetKind is { } targetKind && targetKind != kind)
        {
            return false;
        }

        if (patch.TargetName is not { } pattern)
        {
            return patch.TargetKind is not null;
        }

        var regex = sources.TargetName(pattern);
        return regex is null ? names.Contains(pattern) : names.Any(regex.IsMatch);
    }

    private static string? KindOf(YamlNode? root) => (root as YamlMapping)?.GetString("kind");

    private static bool IsObject(YamlNode? root, string kind, IReadOnlySet<string> names) =>
        root is YamlMapping mapping && mapping.GetString("kind") == kind && mapping.GetMapping("metadata")?.GetString("name") is { } name && names.Contains(name);

    private static SourceCandidate Walk(string file, YamlNode start, IReadOnlyList<PathStep> steps, int from, long order)
    {
        var current = start;
        var depth = from;
        for (var i = from; i < steps.Count; i++)
        {
            if (Step(current, steps[i]) is not { } next)
            {
                break;
            }

            current = next;
            depth++;
        }

        return new SourceCandidate(file, current, depth, order);
    }

    private static YamlNode? WalkExactly(YamlNode root, IReadOnlyList<PathStep> steps, int depth)
    {
        var current = root;
        for (var i = 0; i < depth && i < steps.Count; i++)
        {
            if (Step(current, steps[i]) is not { } next)
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    private static YamlNode? Step(YamlNode node, PathStep step) => step.IsKey
        ? (node as YamlMapping)?[step.Key!]
        : node is YamlSequence sequence && step.Index >= 0 && step.Index < sequence.Items.Count ? sequence.Items[step.Index] : null;

    /// <summary>The rendered document holding line <paramref name="line"/> (1-based), parsed once.</summary>
    private YamlNode? RenderedRoot(int line)
    {
        var index = line - 1;
        if (index < 0 || index >= rendered.Count)
        {
            return null;
        }

        var start = index;
        while (start > 0 && rendered[start - 1].TrimEnd() != "---")
        {
            start--;
        }

        if (!_renderedRoots.TryGetValue(start, out var root))
        {
            var end = index;
            while (end < rendered.Count && rendered[end].TrimEnd() != "---")
            {
                end++;
            }

            root = YamlLoader.Load(string.Join('\n', rendered.Skip(start).Take(end - start))).Documents is { Count: > 0 } documents ? documents[0].Root : null;
            _renderedRoots[start] = root;
        }

        return root;
    }
}
