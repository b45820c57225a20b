namespace KubeLint.Linting.Rendering;

/// <summary>
/// Runs helm and kubectl/kustomize as a stranger's chart deserves: a minimal environment with a
/// private temporary HOME; on Linux, in a new network namespace with no interface but a loopback
/// that is down (so nothing can be fetched even if a reference slipped past the checks), and with
/// its address space capped (a template that builds a huge string stops at the cap).
/// </summary>
internal static class RendererSandbox
{
    private static readonly Lazy<bool> NetworkNamespaces = new(() =>
        OperatingSystem.IsLinux() && ExternalTool.Find("unshare") is { } unshare
        && ExternalTool.Run(unshare, ["--net", "--map-root-user", "true"], Path.GetTempPath(), TimeSpan.FromSeconds(10), 1024, ToolEnvironment.Inherited()).ExitCode == 0);

    private static readonly Lazy<string?> Prlimit = new(() => OperatingSystem.IsLinux() ? ExternalTool.Find("prlimit") : null);

    /// <summary>Starts finding out, on another thread, whether renderers can run without network, so that the first render does not wait for it.</summary>
    public static void ProbeAhead(RenderOptions options)
    {
        if (options.IsolateNetwork && !NetworkNamespaces.IsValueCreated)
        {
            ThreadPool.QueueUserWorkItem(static _ => _ = NetworkNamespaces.Value);
        }
    }

    /// <summary>Whether renderers run with no network at all on this machine.</summary>
    public static bool NetworkWallAvailable => NetworkNamespaces.Value;

    /// <summary>Runs a renderer in the sandbox, in a private HOME that is removed afterwards.</summary>
    public static ToolRun Run(string program, IReadOnlyList<string> arguments, string workingDirectory, RenderOptions options, long maxOutputChars)
    {
        var home = Path.Combine(Path.GetTempPath(), "kubelint-home-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(home);
            var command = new List<string>();
            if (options.IsolateNetwork && NetworkNamespaces.Value)
            {
                command.AddRange([ExternalTool.Find("unshare")!, "--net", "--map-root-user", "--"]);
            }

            if (options.MaxRendererMemory > 0 && Prlimit.Value is { } prlimit)
            {
                command.AddRange([prlimit, $"--as={options.MaxRendererMemory}", "--"]);
            }

            command.Add(program);
            command.AddRange(arguments);
            var run = ExternalTool.Run(command[0], command[1..], workingDirectory, options.Timeout, maxOutputChars, ToolEnvironment.ForRenderer(home));
            return run;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ToolRun(-1, string.Empty, $"cannot prepare a private home for the renderer: {e.Message}", TimedOut: false, Truncated: false);
        }
        finally
        {
            TryDelete(home);
        }
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
