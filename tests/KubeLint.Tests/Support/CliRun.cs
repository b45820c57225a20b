using KubeLint.Cli;

namespace KubeLint.Tests.Support;

/// <summary>Runs the kubelint command line in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Invoke(string[] args, string stdin = "", bool terminal = false, Dictionary<string, string>? environment = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(new StringReader(stdin), output, error, terminal, name => environment?.GetValueOrDefault(name));
        var code = KubeLintCli.Run(args, console);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
