using KubeLint.Manifests;
using KubeLint.Rules;
using KubeLint.Yaml;

namespace KubeLint.Linting.Engine;

/// <summary>Turns an exception thrown by a rule into an error entry naming the rule and the object.</summary>
internal static class RuleFailure
{
    public static InputError Describe(Rule rule, ObjectRef obj, SourceSpan at, Exception exception) =>
        new(at.File, at.Start.Line, at.Start.Column, $"internal error: rule {rule.Descriptor.Id} {rule.Descriptor.Name} failed on {obj.Display}: {exception.GetType().Name}: {exception.Message}")
        {
            Kind = ErrorKind.Internal,
        };
}
