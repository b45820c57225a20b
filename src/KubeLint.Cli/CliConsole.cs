namespace KubeLint.Cli;

/// <summary>The process's streams and environment, injectable so the CLI can be tested in-process.</summary>
internal sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error, bool OutputIsTerminal, Func<string, string?> Environment)
{
    public static CliConsole System { get; } = new(
        new StandardInputReader(),
        Console.Out,
        Console.Error,
        !Console.IsOutputRedirected,
        global::System.Environment.GetEnvironmentVariable);
}

/// <summary>Console.In, set up only when standard input is read (setting it up costs start-up time).</summary>
internal sealed class StandardInputReader : TextReader
{
    public override int Read(char[] buffer, int index, int count) => Console.In.Read(buffer, index, count);

    public override int Read() => Console.In.Read();

    public override int Peek() => Console.In.Peek();

    public override string ReadToEnd() => Console.In.ReadToEnd();
}
