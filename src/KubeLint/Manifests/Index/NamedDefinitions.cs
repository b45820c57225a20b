namespace KubeLint.Manifests.Index;

/// <summary>
/// Every definition of namespaced objects of one kind, by namespace and name. A name resolves to a
/// definition whose <see cref="JoinScope"/> covers the referring object when there is one, else to
/// one deployed elsewhere, which the caller may use only to add findings; among several
/// (per-environment copies) the nearest wins: the same file, else the one sharing the longest folder
/// path, else the first in input order.
/// </summary>
internal sealed class NamedDefinitions<T>(Func<T, ObjectFacts> objectOf)
    where T : class
{
    private readonly Dictionary<(string Namespace, string Name), List<(T Definition, JoinScope Scope)>> _byName = [];
    private readonly List<T> _inOrder = [];

    /// <summary>Every definition, in input order.</summary>
    public IReadOnlyList<T> All => _inOrder;

    public void Add(string ns, string name, T definition, JoinScope scope)
    {
        if (!_byName.TryGetValue((ns, name), out var definitions))
        {
            definitions = [];
            _byName[(ns, name)] = definitions;
        }

        definitions.Add((definition, scope));
        _inOrder.Add(definition);
    }

    /// <summary>The nearest definition deployed with the referring object, else the nearest of all; and whether it is deployed with it.</summary>
    public (T? Definition, bool DeployedWith) Nearest(string ns, string name, string fromFile, JoinScope fromScope)
    {
        if (!_byName.TryGetValue((ns, name), out var definitions))
        {
            return (null, false);
        }

        (T Definition, bool DeployedWith, int Closeness)? best = null;
        foreach (var (candidate, scope) in definitions)
        {
            var deployedWith = scope.Covers(fromScope);
            var closeness = Closeness(objectOf(candidate).Source.File, fromFile);
            if (best is not { } current || (deployedWith && !current.DeployedWith) || (deployedWith == current.DeployedWith && closeness > current.Closeness))
            {
                best = (candidate, deployedWith, closeness);
            }
        }

        return best is { } found ? (found.Definition, found.DeployedWith) : (null, false);
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
