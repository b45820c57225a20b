using System.Diagnostics;
using System.Text;

namespace KubeLint.Linting.Rendering;

/// <summary>Finds programs on PATH and runs them with a timeout and bounded output, without a shell.</summary>
internal static class ExternalTool
{
    private const int MaxErrorChars = 64 * 1024;

    /// <summary>The full path of <paramref name="name"/> on PATH, or null.</summary>
    public static string? Find(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        var extensions = OperatingSystem.IsWindows() ? new[] { ".exe", ".cmd", string.Empty } : [string.Empty];
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var extension in extensions)
            {
                var candidate = Path.Combine(directory, name + extension);
                if (File.Exists(candidate) && (OperatingSystem.IsWindows() || (File.GetUnixFileMode(candidate) & UnixFileMode.UserExecute) != 0))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Runs a program; output beyond <paramref name="maxOutputChars"/> stops it and is an error, as
    /// is running past the timeout. <paramref name="cancel"/> stops it too (the run then counts as timed out).
    /// <paramref name="started"/> is called once the program has started.
    /// </summary>
    public static ToolRun Run(
        string program,
        IReadOnlyList<string> arguments,
        string workingDirectory,
        TimeSpan timeout,
        long maxOutputChars,
        ToolEnvironment environment,
        Action? started = null,
        CancellationToken cancel = default)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (!environment.Inherit)
        {
            start.Environment.Clear();
        }

        foreach (var (name, value) in environment.Variables)
        {
            start.Environment[name] = value;
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return new ToolRun(-1, string.Empty, $"cannot run {program}: {e.Message}", TimedOut: false, Truncated: false);
        }

        using var stopping = cancel.Register(() => Stop(process));
        process.StandardInput.Close();
        // Plain blocking reads on two threads of their own: the asynchronous line readers, and even the
        // first read of a pipe stream, bring in the socket engine, which a short run pays for in start-up.
        var output = new BoundedRead(PlainPipeReader.Over(process.StandardOutput), maxOutputChars, onOverflow: () => Stop(process));
        var error = new BoundedRead(PlainPipeReader.Over(process.StandardError), MaxErrorChars, onOverflow: null);
        started?.Invoke();
        var deadline = DateTime.UtcNow + timeout;
        if (!process.WaitForExit(timeout) || !output.Join(deadline) || !error.Join(deadline) || cancel.IsCancellationRequested)
        {
            Stop(process);
            return new ToolRun(-1, string.Empty, error.Text, TimedOut: true, Truncated: false);
        }

        return new ToolRun(process.ExitCode, output.Truncated ? string.Empty : output.Text, error.Text, TimedOut: false, Truncated: output.Truncated);
    }

    private static void Stop(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // It ended on its own meanwhile.
        }
    }
}

/// <summary>What a program run produced.</summary>
internal sealed record ToolRun(int ExitCode, string Output, string Error, bool TimedOut, bool Truncated)
{
    /// <summary>The first line of standard error that says something, for messages.</summary>
    public string FirstErrorLine =>
        Error.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? $"exit code {ExitCode}";

    /// <summary>The run as a render result: its output, or why <paramref name="command"/> gave none.</summary>
    public RenderOutput ToRenderOutput(string command, TimeSpan timeout, long maxOutputChars, string errorLine) => this switch
    {
        { TimedOut: true } => new RenderOutput(null, $"{command} did not finish within {timeout.TotalSeconds:0} s"),
        { Truncated: true } => new RenderOutput(null, $"{command} wrote more than the {ByteSize.Format(maxOutputChars)} a file may have"),
        { ExitCode: not 0 } => new RenderOutput(null, $"{command} failed: {errorLine}"),
        _ => new RenderOutput(Output, null),
    };
}
