namespace KubeLint.Manifests.Index;

/// <summary>Whether a workload's pods get their ServiceAccount's token automatically, and which setting decided.</summary>
internal enum TokenMountState
{
    /// <summary>The pod or its ServiceAccount sets <c>automountServiceAccountToken: false</c>.</summary>
    NotMounted,

    /// <summary>Mounted: set to true, or left unset on both the pod and a ServiceAccount that is in the input.</summary>
    Mounted,

    /// <summary>The pod leaves it unset and its ServiceAccount is not in the input, or not deployed with the pod (<see cref="JoinScope"/>).</summary>
    Unknown,
}

/// <summary>Which field decided a <see cref="TokenMountState"/>.</summary>
internal enum TokenMountReason
{
    PodField,
    ServiceAccountField,
    DefaultBothUnset,
    ServiceAccountNotInInput,
    ServiceAccountNotDeployedWithPod,
    StaticPod,
}

/// <summary>The token-mount decision for one workload.</summary>
internal sealed record TokenMount(TokenMountState State, TokenMountReason Reason, ServiceAccountFacts? ServiceAccount)
{
    /// <summary>Why the ServiceAccount's own setting is unknown, for messages: <c>not in the input</c>, or where it is.</summary>
    public string UnknownAccount => Reason == TokenMountReason.ServiceAccountNotDeployedWithPod
        ? "defined only in files not deployed with this pod"
        : "not in the input";

    /// <summary>
    /// Kubernetes' precedence: the pod's field, then the ServiceAccount's, else mounted. The pod's own
    /// field is decided before its ServiceAccount is looked at.
    /// </summary>
    public static TokenMount Decide(WorkloadFacts workload, ManifestIndex index)
    {
        if (index.IsStaticPod(workload))
        {
            return new TokenMount(TokenMountState.NotMounted, TokenMountReason.StaticPod, null);
        }

        var (account, deployedWith) = index.FindServiceAccount(workload.Namespace, workload.ServiceAccountName, workload.Object);
        if (workload.Automount is { } podSetting)
        {
            return new TokenMount(podSetting.Value ? TokenMountState.Mounted : TokenMountState.NotMounted, TokenMountReason.PodField, account);
        }

        if (account is null)
        {
            return new TokenMount(TokenMountState.Unknown, TokenMountReason.ServiceAccountNotInInput, null);
        }

        // A ServiceAccount that is not deployed with the pod may say the token is mounted, never that it is not.
        if (!deployedWith && account.Automount is { Value: false })
        {
            return new TokenMount(TokenMountState.Unknown, TokenMountReason.ServiceAccountNotDeployedWithPod, null);
        }

        return account.Automount is { } accountSetting
            ? new TokenMount(accountSetting.Value ? TokenMountState.Mounted : TokenMountState.NotMounted, TokenMountReason.ServiceAccountField, account)
            : new TokenMount(TokenMountState.Mounted, TokenMountReason.DefaultBothUnset, account);
    }
}
