namespace KubeLint.Linting.Rendering;

/// <summary>The environment variables a program runs with.</summary>
internal sealed class ToolEnvironment
{
    private const long MaxGoHeapBudget = 256L * 1024 * 1024;

    private ToolEnvironment(bool inherit, IReadOnlyDictionary<string, string> variables)
    {
        Inherit = inherit;
        Variables = variables;
    }

    /// <summary>Whether the program starts from KubeLint's own environment.</summary>
    public bool Inherit { get; }

    /// <summary>Variables set (over the inherited ones, when inheriting).</summary>
    public IReadOnlyDictionary<string, string> Variables { get; }

    /// <summary>KubeLint's own environment with a few variables added.</summary>
    public static ToolEnvironment Inherited(IReadOnlyDictionary<string, string>? extra = null) => new(inherit: true, extra ?? new Dictionary<string, string>());

    /// <summary>
    /// What a renderer gets: PATH, and a private temporary HOME with the Helm and XDG cache, config
    /// and data folders inside it; nothing else (no tokens, cloud credentials or KUBECONFIG), but
    /// the Go collector's pace (<see cref="GoCollectorPace"/>) and budget (<see cref="GoHeapBudget"/>).
    /// </summary>
    public static ToolEnvironment ForRenderer(string privateHome, long maxRendererMemory)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? string.Empty,
            ["HOME"] = privateHome,
            ["XDG_CACHE_HOME"] = Path.Combine(privateHome, "cache"),
            ["XDG_CONFIG_HOME"] = Path.Combine(privateHome, "config"),
            ["XDG_DATA_HOME"] = Path.Combine(privateHome, "data"),
            ["HELM_CACHE_HOME"] = Path.Combine(privateHome, "cache", "helm"),
            ["HELM_CONFIG_HOME"] = Path.Combine(privateHome, "config", "helm"),
            ["HELM_DATA_HOME"] = Path.Combine(privateHome, "data", "helm"),
            ["HELM_PLUGINS"] = Path.Combine(privateHome, "data", "helm", "plugins"),
            ["KUBECONFIG"] = Path.Combine(privateHome, "kubeconfig"),
            ["TMPDIR"] = privateHome,
            ["GOGC"] = GoCollectorPace,
            ["GOMEMLIMIT"] = GoHeapBudget(maxRendererMemory).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (OperatingSystem.IsWindows())
        {
            foreach (var name in (string[])["SystemRoot", "SystemDrive", "windir", "PATHEXT"])
            {
                if (Environment.GetEnvironmentVariable(name) is { } value)
                {
                    variables[name] = value;
                }
            }

            variables["USERPROFILE"] = privateHome;
            variables["TEMP"] = privateHome;
            variables["TMP"] = privateHome;
        }

        return new ToolEnvironment(inherit: false, variables);
    }

    /// <summary>
    /// How far the Go heap of helm and kubectl grows between collections, in percent of what the last
    /// one kept (Go's default is 100). A render lives for well under a second; at the default pace,
    /// kubectl spent over a quarter more processor time on a large kustomize build, on the cores the
    /// lint runs on. Collecting not at all (<c>GOGC=off</c>) saves more processor time but
    /// touches fresh memory instead, which made builds slower on a machine whose page faults are dear.
    /// </summary>
    internal const string GoCollectorPace = "200";

    /// <summary>
    /// The heap helm and kubectl grow to before their collector works harder to stay below it, in
    /// bytes: a quarter of the address-space cap, at most 256 MiB, so a render that needs more still
    /// collects before it meets the cap.
    /// </summary>
    internal static long GoHeapBudget(long maxRendererMemory) =>
        maxRendererMemory > 0 ? Math.Min(MaxGoHeapBudget, maxRendererMemory / 4) : MaxGoHeapBudget;
}
