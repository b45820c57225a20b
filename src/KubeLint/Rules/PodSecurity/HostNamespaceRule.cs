using KubeLint.Rules.Fixes;
using KubeLint.Yaml;

namespace KubeLint.Rules.PodSecurity;

/// <summary>The shared check of the three host-namespace rules: a pod-level boolean that must not be true.</summary>
internal abstract class HostNamespaceRule : ObjectRule
{
    /// <summary>The pod spec field, e.g. <c>hostNetwork</c>.</summary>
    protected abstract string Field { get; }

    /// <summary>What sharing that namespace gives the pod, for the message.</summary>
    protected abstract string Consequence { get; }

    public override void Check(RuleContext context)
    {
        if (context.Pod?.Spec[Field] is { } node && node.IsTrue())
        {
            context.Report(node, $"the pod sets {Field}: true, so {Consequence}", FixIntent.Set(FixSafety.Unsafe, context.Pod.Spec, "false", "the pod loses what it used the node's namespace for", Field));
        }
    }
}
