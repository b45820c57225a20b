namespace KubeLint.Manifests.AdminUis;

/// <summary>An admin UI KubeLint recognises: how to spot it, what authentication it has, and what turns that off.</summary>
public sealed record AdminUiEntry
{
    /// <summary>A short stable id, e.g. <c>grafana</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The name used in messages, e.g. <c>Grafana</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Regular expressions matched against the image repository (without tag or digest).</summary>
    public required IReadOnlyList<string> Images { get; init; }

    /// <summary>A word the command line must contain as the program or a positional argument (<c>argocd-server</c>), or null.</summary>
    public string? RequiredArgument { get; init; }

    /// <summary>The UI's own authentication.</summary>
    public UiAuthentication Authentication { get; init; } = UiAuthentication.OnByDefault;

    /// <summary>True when the UI is unauthenticated by design and that is itself the finding (Tiller, Weave Scope).</summary>
    public bool AlwaysUnauthenticated { get; init; }

    /// <summary>Settings that turn authentication off or open a dangerous API.</summary>
    public IReadOnlyList<AuthOffCheck> AuthOff { get; init; } = [];

    /// <summary>When set, only Services forwarding to one of these container ports (numbers or names) expose the UI.</summary>
    public IReadOnlyList<string> UiPorts { get; init; } = [];

    /// <summary>
    /// The names its Services are usually given (a chart's release prefix allowed: <c>shop-grafana</c>
    /// is <c>grafana</c>), so that a route to one is reported even when the UI's workload is not in the run.
    /// </summary>
    public IReadOnlyList<string> ServiceNames { get; init; } = [];

    /// <summary>Environment variables whose values are worth naming in messages (<c>GF_AUTH_ANONYMOUS_ORG_ROLE</c>).</summary>
    public IReadOnlyList<string> DetailEnv { get; init; } = [];

    /// <summary>Whether this is the Kubernetes Dashboard, which has rules of its own (KL4001-KL4004).</summary>
    public bool IsKubernetesDashboard { get; init; }

    internal bool MatchesImage(string repository) =>
        Images.Any(pattern => ImagePatterns.IsMatch(repository, pattern));
}
