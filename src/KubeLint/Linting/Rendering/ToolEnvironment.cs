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
    /// the Go collector's budget (<see cref="GoHeapBudget"/>).
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
            ["GOGC"] = "off",
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
    /// The heap helm and kubectl (Go programs) grow to before their collector runs, in bytes. A render
    /// lives for well under a second, and with Go's default budget collection was a quarter to a third
    /// of helm's processor time and about half of kubectl's on a kustomize build, taken from the cores
    /// the lint runs on; a render that needs more than the budget collects as usual, and a quarter of the
    /// address-space cap leaves it room to.
    /// </summary>
    internal static long GoHeapBudget(long maxRendererMemory) =>
        maxRendererMemory > 0 ? Math.Min(MaxGoHeapBudget, maxRendererMemory / 4) : MaxGoHeapBudget;
}
