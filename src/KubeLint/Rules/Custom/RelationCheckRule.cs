using KubeLint.Manifests;
using KubeLint.Manifests.Index;

namespace KubeLint.Rules.Custom;

/// <summary>
/// Runs a custom check's cross-object requirement once the whole run is indexed: each matched
/// workload must be selected by an object of the named kinds, or run as a ServiceAccount defined,
/// deployed with it (a definition from elsewhere would take the finding away, so it does not count).
/// </summary>
internal sealed class RelationCheckRule(CustomCheck check) : CrossObjectRule
{
    public override RuleDescriptor Descriptor => check.Descriptor;

    public override void Check(CrossObjectContext context)
    {
        var relation = check.Relation!;
        var reported = new HashSet<ObjectFacts>(ReferenceEqualityComparer.Instance);
        foreach (var workload in context.Index.Workloads)
        {
            if (!check.Applies(workload.Object.Ref, workload.ObjectLabels))
            {
                continue;
            }

            if (relation.SelectedBy.Count > 0 && context.Index.FindSelector(workload, relation.SelectedBy) is null && reported.Add(workload.Object))
            {
                var reason = $"no {string.Join(" or ", relation.SelectedBy)} deployed with it selects its pods in namespace {workload.Namespace}";
                context.Report(workload.Object, workload.PodSpec, Message(workload, reason, workload.PodSpec.Path, value: string.Empty));
            }

            if (relation.ServiceAccountDefined && context.Index.FindServiceAccount(workload.Namespace, workload.ServiceAccountName, workload.Object) is not (not null, true))
            {
                var (at, path) = workload.ServiceAccountPlace;
                var reason = $"its ServiceAccount {InputValue.Quoted(workload.ServiceAccountName)} is not defined with it in namespace {workload.Namespace}";
                context.Report(workload.Object, at, path, Message(workload, reason, path, InputValue.Quoted(workload.ServiceAccountName)));
            }
        }
    }

    private string Message(WorkloadFacts workload, string reason, string path, string value)
    {
        var obj = workload.Object.Ref;
        return check.Message.Render(placeholder => placeholder switch
        {
            "kind" => obj.Kind,
            "name" => InputValue.Quoted(obj.Name),
            "namespace" => workload.Namespace,
            "path" => path,
            "value" => value,
            "container" => string.Empty,
            _ => reason,
        });
    }
}
