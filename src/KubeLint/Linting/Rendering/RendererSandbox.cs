namespace KubeLint.Linting.Rendering;

/// <summary>
/// Runs helm and kubectl/kustomize as a stranger's chart deserves: a minimal environment with a
/// private temporary HOME; on Linux, in a new network namespace with no interface but a loopback
/// that is down (so nothing can be fetched even if a reference slipped past the checks), and with
/// its address space capped (a template that builds a huge string stops at the cap).
/// </summary>
internal static class RendererSandbox
{
    private static readonly Lazy<string?> Prlimit = new(() => OperatingSystem.IsLinux() ? ExternalTool.Find("prlimit") : null);

    /// <summary>
    /// Runs a renderer in the sandbox, in a private HOME that is removed afterwards. The network wall
    /// is tried without asking first (a probe before every first render would delay it); only when
    /// unshare refused does the probe decide whether to run the renderer again without it.
    /// </summary>
    public static ToolRun Run(
        string program,
        IReadOnlyList<string> arguments,
        string workingDirectory,
        RenderOptions options,
        long maxOutputChars,
        NetworkWall? networkWall = null,
        Action? started = null,
        CancellationToken cancel = default)
    {
        var network = networkWall ?? NetworkWall.OfThisMachine;
        string? home = null;
        try
        {
            // mkdtemp on Unix: a name no one can claim first, and a folder only its owner can enter.
            home = Directory.CreateTempSubdirectory("kubelint-home-").FullName;
            var wall = options.IsolateNetwork && network.WorthTrying ? network : null;
            var run = RunIn(home, wall, program, arguments, workingDirectory, options, maxOutputChars, started, cancel);
            if (wall is not null && !cancel.IsCancellationRequested && wall.Refused(run))
            {
                run = RunIn(home, wall: null, program, arguments, workingDirectory, options, maxOutputChars, started: null, cancel);
            }

            return run;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ToolRun(-1, string.Empty, $"cannot prepare a private home for the renderer: {e.Message}", TimedOut: false, Truncated: false);
        }
        finally
        {
            if (home is not null)
            {
                TryDelete(home);
            }
        }
    }

    private static ToolRun RunIn(
        string home,
        NetworkWall? wall,
        string program,
        IReadOnlyList<string> arguments,
        string workingDirectory,
        RenderOptions options,
        long maxOutputChars,
        Action? started,
        CancellationToken cancel)
    {
        var command = new List<string>();
        if (wall is not null)
        {
            command.AddRange(wall.Prefix);
        }

        if (options.MaxRendererMemory > 0 && Prlimit.Value is { } prlimit)
        {
            command.AddRange([prlimit, $"--as={options.MaxRendererMemory}", "--"]);
        }

        command.Add(program);
        command.AddRange(arguments);
        return ExternalTool.Run(command[0], command[1..], workingDirectory, options.Timeout, maxOutputChars, ToolEnvironment.ForRenderer(home, options.MaxRendererMemory), started, cancel);
    }

    public static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temporary folder left behind is harmless.
        }
    }
}
