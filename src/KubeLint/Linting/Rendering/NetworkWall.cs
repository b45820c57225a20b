namespace KubeLint.Linting.Rendering;

/// <summary>
/// A renderer's network wall on Linux: <c>unshare --net --map-root-user</c> puts it in a network
/// namespace of its own, with no interface but a loopback that is down. Whether the machine allows
/// that is found out by a probe, run only when needed (<see cref="RendererSandbox"/>) and once.
/// </summary>
/// <param name="unshare">The unshare binary, or null where there is none.</param>
internal sealed class NetworkWall(string? unshare)
{
    private readonly Lazy<bool> _works = new(() =>
        unshare is not null
        && ExternalTool.Run(unshare, ["--net", "--map-root-user", "true"], Path.GetTempPath(), TimeSpan.FromSeconds(10), 1024, ToolEnvironment.Inherited()).ExitCode == 0);

    /// <summary>The wall of this machine's unshare on PATH.</summary>
    public static NetworkWall OfThisMachine { get; } = new(OperatingSystem.IsLinux() ? ExternalTool.Find("unshare") : null);

    /// <summary>Whether renderers can be run behind the wall (probes on first use).</summary>
    public bool Works => _works.Value;

    /// <summary>Whether a render should try the wall: there is an unshare, and no probe has found it refused.</summary>
    public bool WorthTrying => unshare is not null && !(_works.IsValueCreated && !_works.Value);

    /// <summary>The command words that put what follows behind the wall.</summary>
    public IEnumerable<string> Prefix => [unshare!, "--net", "--map-root-user", "--"];

    /// <summary>
    /// Whether a run behind the wall failed because unshare refused it (and the probe confirms the
    /// machine does not allow it): only then may the renderer be run again without. What the renderer
    /// wrote cannot decide this: its error output only triggers the probe.
    /// </summary>
    public bool Refused(ToolRun run) =>
        run.ExitCode != 0 && run.Error.StartsWith("unshare: ", StringComparison.Ordinal) && !Works;
}
