using KubeLint.Manifests;

namespace KubeLint.Rules.Custom;

/// <summary>
/// Which objects a custom check looks at: kinds, namespaces and names as globs (any one of each
/// list; an empty list matches all) and labels whose values match globs (every one). An object
/// that names no namespace is in the run's default namespace.
/// </summary>
internal sealed class CheckMatch
{
    public static CheckMatch All { get; } = new([], [], [], []);

    private readonly Glob[] _kinds;
    private readonly Glob[] _namespaces;
    private readonly Glob[] _names;
    private readonly (string Key, Glob Value)[] _labels;

    public CheckMatch(IEnumerable<string> kinds, IEnumerable<string> namespaces, IEnumerable<string> names, IEnumerable<KeyValuePair<string, string>> labels)
    {
        _kinds = [.. kinds.Select(ToGlob)];
        _namespaces = [.. namespaces.Select(ToGlob)];
        _names = [.. names.Select(ToGlob)];
        _labels = [.. labels.Select(label => (label.Key, ToGlob(label.Value)))];
    }

    private CheckMatch(Glob[] kinds, CheckMatch rest)
    {
        _kinds = kinds;
        _namespaces = rest._namespaces;
        _names = rest._names;
        _labels = rest._labels;
    }

    /// <summary>The kind globs, for the docs' "applies to".</summary>
    public IReadOnlyList<string> Kinds => [.. _kinds.Select(k => k.Pattern)];

    /// <summary>This match, taking <paramref name="kinds"/> when it names none of its own.</summary>
    public CheckMatch WithDefaultKinds(IReadOnlyList<string> kinds) =>
        _kinds.Length > 0 || kinds.Count == 0 ? this : new CheckMatch([.. kinds.Select(ToGlob)], this);

    public bool Matches(ObjectRef obj, IReadOnlyDictionary<string, string> labels) =>
        AnyOrNone(_kinds, obj.Kind)
        && AnyOrNone(_namespaces, obj.Namespace ?? string.Empty)
        && AnyOrNone(_names, obj.Name)
        && _labels.All(label => labels.TryGetValue(label.Key, out var value) && label.Value.IsMatch(value));

    private static bool AnyOrNone(Glob[] globs, string value)
    {
        if (globs.Length == 0)
        {
            return true;
        }

        foreach (var glob in globs)
        {
            if (glob.IsMatch(value))
            {
                return true;
            }
        }

        return false;
    }

    private static Glob ToGlob(string pattern) => new(pattern, pathSeparators: false);
}
