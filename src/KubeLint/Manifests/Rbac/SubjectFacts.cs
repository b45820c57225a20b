using KubeLint.Yaml;

namespace KubeLint.Manifests.Rbac;

/// <summary>A binding subject; a ServiceAccount's namespace is already defaulted for RoleBindings.</summary>
internal sealed record SubjectFacts(string Kind, string Name, string? Namespace, SourceSpan Span, string Path)
{
    public bool IsServiceAccount => Kind == "ServiceAccount";

    /// <summary><c>ServiceAccount shop/default</c>, <c>Group system:masters</c>, <c>User alice</c>.</summary>
    public string Display => IsServiceAccount ? $"ServiceAccount {Namespace}/{Name}" : $"{Kind} {Name}";
}
