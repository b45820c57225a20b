namespace KubeLint.Manifests.Index;

/// <summary>
/// Every definition of namespaced objects of one kind, by namespace and name. A name defined more
/// than once in a run (per-environment copies, test fixtures of unrelated projects) resolves to the
/// definition nearest the object that refers to it: the same file, else the one sharing the longest
/// folder path, else the first in input order.
/// </summary>
internal sealed class NamedDefinitions<T>(Func<T, ObjectFacts> objectOf)
    where T : class
{
    private readonly Dictionary<(string Namespace, string Name), List<T>> _byName = [];
    private readonly List<T> _inOrder = [];

    /// <summary>Every definition, in input order.</summary>
    public IReadOnlyList<T> All => _inOrder;

    public void Add(string ns, string name, T definition)
    {
        if (!_byName.TryGetValue((ns, name), out var definitions))
        {
            definitions = [];
            _byName[(ns, name)] = definitions;
        }

        definitions.Add(definition);
        _inOrder.Add(definition);
    }

    public T? Nearest(string ns, string name, string fromFile)
    {
        if (!_byName.TryGetValue((ns, name), out var definitions))
        {
            return null;
        }

        if (definitions.Count == 1)
        {
            return definitions[0];
        }

        var best = definitions[0];
        var bestCloseness = Closeness(objectOf(best).Source.File, fromFile);
        foreach (var candidate in definitions.Skip(1))
        {
            var closeness = Closeness(objectOf(candidate).Source.File, fromFile);
            if (closeness > bestCloseness)
            {
                (best, bestCloseness) = (candidate, closeness);
            }
        }

        return best;
    }

    /// <summary>The number of leading folders two files share; the same file beats any folder.</summary>
    private static int Closeness(string file, string other)
    {
        if (file == other)
        {
            return int.MaxValue;
        }

        var shared = 0;
        for (var i = 0; i < Math.Min(file.Length, other.Length) && file[i] == other[i]; i++)
        {
            if (file[i] is '/' or '\\')
            {
                shared++;
            }
        }

        return shared;
    }
}
