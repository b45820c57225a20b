namespace KubeLint.Cli;

/// <summary>The process's streams and environment, injectable so the CLI can be tested in-process.</summary>
internal sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error, bool OutputIsTerminal, Func<string, string?> Environment)
{
    public static CliConsole System { get; } = new(
        Console.In,
        Console.Out,
        Console.Error,
        !Console.IsOutputRedirected,
        global::System.Environment.GetEnvironmentVariable);
}
