using KubeLint.Manifests;
using KubeLint.Manifests.Workloads;
using KubeLint.Yaml;

namespace KubeLint.Rules.Custom;

/// <summary>Runs a custom check's schema on each object, pod spec or container it targets, and reports each failing node once.</summary>
internal sealed class SchemaCheckRule(CustomCheck check) : ObjectRule
{
    public override RuleDescriptor Descriptor => check.Descriptor;

    public override void Check(RuleContext context)
    {
        var obj = context.Object;
        if (!check.Applies(obj.Ref, obj.Labels))
        {
            return;
        }

        switch (check.Target)
        {
            case CheckTarget.Object when context.IsFirstPodSpec:
                Evaluate(context, obj.Root, null);
                break;
            case CheckTarget.PodSpec when context.Pod is { } pod:
                Evaluate(context, pod.Spec, null);
                break;
            case CheckTarget.Container when context.Pod is { } pod:
                foreach (var container in pod.Containers)
                {
                    if (check.ContainerLists.Contains(container.List))
                    {
                        Evaluate(context, container.Node, container);
                    }
                }

                break;
        }
    }

    private void Evaluate(RuleContext context, YamlNode root, ContainerView? container)
    {
        var evaluation = SchemaEvaluator.Run(check.Schema!, root, container, CustomCheck.StepBudget);
        var reported = evaluation.Violations.Count > 1 ? new HashSet<YamlNode>(ReferenceEqualityComparer.Instance) : null;
        foreach (var violation in evaluation.Violations)
        {
            var at = AnchorOf(violation.At, context, container);
            if (reported?.Add(at) != false)
            {
                context.Report(at, Message(context, container, violation, at));
            }
        }

        if (evaluation.Exhausted)
        {
            var at = container?.Anchor ?? context.Object.AnchorNode;
            context.Report(at, $"check {check.Descriptor.Id} gave up on this {(container is null ? "object" : "container")} after {CustomCheck.StepBudget:N0} evaluation steps: simplify its schema; the object was not fully checked");
        }
    }

    /// <summary>
    /// A node a finding can point at: a mapping without a key of its own (the object, a list item)
    /// stands for its name, like built-in findings about something missing.
    /// </summary>
    private static YamlNode AnchorOf(YamlNode node, RuleContext context, ContainerView? container)
    {
        if (node.Key is not null || node is YamlScalar)
        {
            return node;
        }

        if (node.Parent is null)
        {
            return context.Object.AnchorNode;
        }

        if (container is not null && ReferenceEquals(node, container.Node))
        {
            return container.Anchor;
        }

        return node is YamlMapping { Count: > 0 } item ? item["name"] ?? item.Entries[0].Key : node;
    }

    private string Message(RuleContext context, ContainerView? container, SchemaViolation violation, YamlNode at)
    {
        var obj = context.Object;
        return check.Message.Render(placeholder => placeholder switch
        {
            "kind" => obj.Kind,
            "name" => InputValue.Quoted(obj.Name),
            "namespace" => obj.Namespace ?? string.Empty,
            "container" => InputValue.Quoted(container?.Name ?? RuleContext.ContainerOf(at) ?? string.Empty),
            "path" => violation.At.Path,
            "value" => InputValue.Quoted(violation.Value ?? string.Empty),
            _ => violation.Reason,
        });
    }
}
