using KubeLint.Manifests;
using KubeLint.Rules;

namespace KubeLint.Linting.Configuration;

/// <summary>An <see cref="ObjectIgnore"/> with its patterns compiled.</summary>
internal sealed class CompiledIgnore(ObjectIgnore ignore)
{
    private readonly Glob? _kind = ignore.Kind is null ? null : new Glob(ignore.Kind, pathSeparators: false);
    private readonly Glob? _namespace = ignore.Namespace is null ? null : new Glob(ignore.Namespace, pathSeparators: false);
    private readonly Glob? _name = ignore.Name is null ? null : new Glob(ignore.Name, pathSeparators: false);

    public string Reason => ignore.Reason;

    public bool Matches(RuleDescriptor rule, ObjectRef obj) =>
        (ignore.Rules.Count == 0 || ignore.Rules.Any(selector => RuleSelector.Matches(selector, rule)))
        && (_kind?.IsMatch(obj.Kind) ?? true)
        && (_namespace?.IsMatch(obj.Namespace ?? string.Empty) ?? true)
        && (_name?.IsMatch(obj.Name) ?? true);
}
