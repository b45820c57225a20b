namespace KubeLint.Manifests.Rbac;

/// <summary>Well-known subject names and how to list subjects in messages.</summary>
internal static class Subjects
{
    public const string Anonymous = "system:anonymous";
    public const string Unauthenticated = "system:unauthenticated";
    public const string Authenticated = "system:authenticated";
    public const string AllServiceAccounts = "system:serviceaccounts";
    public const string Masters = "system:masters";

    /// <summary>
    /// A User or Group of the control plane itself (<c>system:kube-controller-manager</c>,
    /// <c>system:nodes</c>…): not the audience-wide groups, not <c>system:masters</c> (reported on its own).
    /// </summary>
    public static bool IsBuiltInControlPlane(SubjectFacts subject) =>
        subject.Kind is "User" or "Group"
        && subject.Name.StartsWith("system:", StringComparison.Ordinal)
        && !IsAudienceWide(subject)
        && subject.Name != Masters;

    /// <summary>Groups and users that stand for many identities or for no credentials at all.</summary>
    public static bool IsAudienceWide(SubjectFacts subject) =>
        subject.Name is Anonymous or Unauthenticated or Authenticated or AllServiceAccounts
        || subject.Name.StartsWith(AllServiceAccounts + ":", StringComparison.Ordinal);

    /// <summary><c>ServiceAccount a/b, Group c and 3 more</c>.</summary>
    public static string List(IReadOnlyList<SubjectFacts> subjects, int shown = 3)
    {
        var names = subjects.Take(shown).Select(s => s.Display).ToList();
        var text = string.Join(", ", names);
        return subjects.Count > shown ? $"{text} and {subjects.Count - shown} more" : text;
    }
}
