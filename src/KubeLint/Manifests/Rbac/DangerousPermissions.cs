namespace KubeLint.Manifests.Rbac;

/// <summary>The catalogue of dangerous permissions shared by the RBAC and token rules.</summary>
internal static class DangerousPermissions
{
    private const string Core = "";
    private const string Rbac = "rbac.authorization.k8s.io";
    private const string Certificates = "certificates.k8s.io";
    private const string Admission = "admissionregistration.k8s.io";

    private static readonly string[] WriteVerbs = ["create", "update", "patch"];
    private static readonly string[] ReadVerbs = ["get", "list", "watch"];

    public static readonly DangerousPermission ClusterAdmin = new(DangerousPermissionKind.ClusterAdmin, "do anything to anything (cluster-admin)", [], []);

    public static readonly DangerousPermission EscalateOrBind = new(
        DangerousPermissionKind.EscalateOrBind,
        "escalate or bind roles (grant itself any permission)",
        [.. Each(Rbac, ["roles", "clusterroles"], ["escalate", "bind"])],
        []);

    public static readonly DangerousPermission Impersonate = new(
        DangerousPermissionKind.Impersonate,
        "impersonate users, groups or service accounts",
        [.. Each(Core, ["users", "groups", "serviceaccounts"], ["impersonate"]), .. Each("authentication.k8s.io", ["uids", "userextras", "userextras/*"], ["impersonate"])],
        []);

    public static readonly DangerousPermission NodesProxy = new(
        DangerousPermissionKind.NodesProxy,
        "reach every kubelet's API through nodes/proxy",
        [.. Each(Core, ["nodes/proxy"], ["get", "create"])],
        []);

    public static readonly DangerousPermission ReadSecrets = new(
        DangerousPermissionKind.ReadSecrets,
        "read secrets",
        [.. Each(Core, ["secrets"], ReadVerbs)],
        []);

    public static readonly DangerousPermission CreateWorkloads = new(
        DangerousPermissionKind.CreateWorkloads,
        "create or change pod-running workloads",
        // The pod-running kinds: whoever may write them runs code with any ServiceAccount of the namespace.
        [.. Each(Core, ["pods", "replicationcontrollers"], WriteVerbs), .. Each("apps", ["deployments", "daemonsets", "statefulsets", "replicasets"], WriteVerbs), .. Each("batch", ["jobs", "cronjobs"], WriteVerbs)],
        []);

    public static readonly DangerousPermission ExecIntoPods = new(
        DangerousPermissionKind.ExecIntoPods,
        "exec, attach or port-forward into pods",
        [.. Each(Core, ["pods/exec", "pods/attach", "pods/portforward"], ["get", "create"])],
        []);

    public static readonly DangerousPermission CreateServiceAccountTokens = new(
        DangerousPermissionKind.CreateServiceAccountTokens,
        "mint tokens for service accounts",
        [.. Each(Core, ["serviceaccounts/token"], ["create"])],
        []);

    public static readonly DangerousPermission ApproveCertificates = new(
        DangerousPermissionKind.ApproveCertificates,
        "approve certificate signing requests",
        [.. Each(Certificates, ["certificatesigningrequests/approval"], ["update", "patch"])],
        [.. Each(Certificates, ["signers"], ["approve"])]);

    public static readonly DangerousPermission WriteAdmissionWebhooks = new(
        DangerousPermissionKind.WriteAdmissionWebhooks,
        "create or change admission webhooks (see and rewrite every object)",
        [.. Each(Admission, ["mutatingwebhookconfigurations", "validatingwebhookconfigurations"], WriteVerbs)],
        []);

    public static readonly DangerousPermission CreatePersistentVolumes = new(
        DangerousPermissionKind.CreatePersistentVolumes,
        "create persistent volumes (hostPath volumes of any node path)",
        [.. Each(Core, ["persistentvolumes"], ["create"])],
        []);

    /// <summary>Every dangerous permission, most severe first.</summary>
    public static readonly IReadOnlyList<DangerousPermission> All =
    [
        ClusterAdmin, EscalateOrBind, Impersonate, NodesProxy, ReadSecrets, CreateWorkloads, ExecIntoPods,
        CreateServiceAccountTokens, ApproveCertificates, WriteAdmissionWebhooks, CreatePersistentVolumes,
    ];

    /// <summary>The bits of <see cref="AllOfMask"/>, worked out once (after <see cref="All"/>, which it reads).</summary>
    private static readonly long[] AllOfMasks = MasksOfAllOf();

    /// <summary>
    /// Which dangerous permissions one rule grants: bit <c>i</c> of <c>AnyOf</c> when it grants one of
    /// the ways to <see cref="All"/>[i]; and which of the parts every rule together must hold
    /// (<see cref="DangerousPermission.AllOf"/>) it grants, as bits of <see cref="AllOfMask"/>.
    /// </summary>
    public static PowerBits PowersOf(PolicyRule rule, bool inNamespace)
    {
        long anyOf = 0, allOf = 0;
        var part = 0;
        for (var i = 0; i < All.Count; i++)
        {
            var permission = All[i];
            var grants = permission.Kind == DangerousPermissionKind.ClusterAdmin
                ? rule.IsFullWildcard && !inNamespace
                : permission.AnyOf.Any(p => rule.Allows(p.Group, p.Resource, p.Verb, inNamespace));
            anyOf |= grants ? 1L << i : 0;
            foreach (var p in permission.AllOf)
            {
                allOf |= rule.Allows(p.Group, p.Resource, p.Verb, inNamespace) ? 1L << part : 0;
                part++;
            }
        }

        return new PowerBits(anyOf, allOf);
    }

    /// <summary>The bits of <see cref="PowersOf"/>'s <c>AllOf</c> that <see cref="All"/>[<paramref name="index"/>] needs.</summary>
    public static long AllOfMask(int index) => AllOfMasks[index];

    private static long[] MasksOfAllOf()
    {
        var masks = new long[All.Count];
        var first = 0;
        for (var i = 0; i < masks.Length; i++)
        {
            masks[i] = ((1L << All[i].AllOf.Count) - 1) << first;
            first += All[i].AllOf.Count;
        }

        return masks;
    }

    private static IEnumerable<Permission> Each(string group, string[] resources, string[] verbs) =>
        resources.SelectMany(resource => verbs.Select(verb => new Permission(group, resource, verb)));
}
