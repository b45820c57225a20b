using KubeLint.Manifests.Rbac;

namespace KubeLint.Rules.Rbac;

/// <summary>
/// The shared check of the rules that flag a role rule granting a dangerous permission. Rules
/// granting everything (<c>*</c>/<c>*</c>/<c>*</c>) are left to KL1002 and KL1001, so such a rule
/// is not reported once for every power it includes.
/// </summary>
internal abstract class RolePermissionRule : ObjectRule
{
    protected abstract IReadOnlyList<DangerousPermission> Permissions { get; }

    /// <summary>What holding the permission lets the role's subjects do, for the message.</summary>
    protected abstract string Consequence(DangerousPermission permission);

    /// <summary>The same, when <c>resourceNames</c> limits the rule to named objects.</summary>
    protected virtual string NarrowedConsequence(DangerousPermission permission) => Consequence(permission);

    public override void Check(RuleContext context)
    {
        var rules = context.RoleRules;
        var inNamespace = context.Object.Kind == "Role";
        foreach (var rule in rules)
        {
            if (rule.Rule.IsFullWildcard)
            {
                continue;
            }

            foreach (var permission in Permissions)
            {
                if (!GrantsIt(permission, rule, rules, inNamespace))
                {
                    continue;
                }

                var narrowed = rule.Rule.IsNarrowed ? $" (only for resourceNames {string.Join(", ", rule.Rule.ResourceNames)})" : string.Empty;
                var message = $"{context.Object.Ref.Display} allows {rule.VerbsFor(permission.AnyOf, inNamespace)} on {rule.ResourcesFor(permission.AnyOf, inNamespace)}{narrowed}: {(rule.Rule.IsNarrowed ? NarrowedConsequence(permission) : Consequence(permission))}";
                context.Report(rule.Node, message, rule.Rule.IsNarrowed ? Lower(Descriptor.DefaultSeverity) : Descriptor.DefaultSeverity);
            }
        }
    }

    private static bool GrantsIt(DangerousPermission permission, RoleRuleNode rule, IReadOnlyList<RoleRuleNode> all, bool inNamespace) =>
        permission.AnyOf.Any(p => rule.Rule.Allows(p.Group, p.Resource, p.Verb, inNamespace))
        && permission.AllOf.All(p => all.Any(r => r.Rule.Allows(p.Group, p.Resource, p.Verb, inNamespace)));

    private static Severity Lower(Severity severity) => severity == Severity.Error ? Severity.Warning : Severity.Note;
}
