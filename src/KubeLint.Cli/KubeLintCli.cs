using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using KubeLint.Cli.Commands;
using KubeLint.Linting;

namespace KubeLint.Cli;

/// <summary>The <c>kubelint</c> command line.</summary>
internal static class KubeLintCli
{
    private const string Examples = """

        Examples:
          kubelint lint deploy/                        Lint every manifest under deploy/
          kubelint deploy/ --fail-on error             Fail only on errors
          helm template shop ./chart | kubelint lint - Lint a Helm render from standard input
          kubelint lint . --format json -o kubelint.json --format text
          kubelint rules                               List the rules
          kubelint explain KL3001                      Explain a rule
          kubelint fix deploy/                         Show the safe fixes as a diff (--write applies them)

        Exit codes: 0 clean, 1 findings at or above --fail-on or unreadable input, 2 usage error or internal failure.
        """;

    /// <param name="args">The command line.</param>
    /// <param name="console">Where input comes from and output goes.</param>
    /// <param name="headStart">A render begun from a guess at the command line, taken by a lint that makes exactly that render.</param>
    public static int Run(string[] args, CliConsole console, RenderHeadStart? headStart = null)
    {
        try
        {
            var root = CreateRoot(console, args.Length > 0 ? args[0] : null, headStart);
            var parseResult = root.Parse(args);
            if (parseResult.Errors.Count > 0 && parseResult.Action is ParseErrorAction)
            {
                foreach (var error in parseResult.Errors)
                {
                    console.Error.WriteLine($"kubelint: {error.Message}");
                }

                console.Error.WriteLine("Run 'kubelint --help' for usage.");
                return ExitCodes.UsageOrInternal;
            }

            return parseResult.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            console.Error.WriteLine($"kubelint: internal error: {e.GetType().Name}: {e.Message}");
            console.Error.WriteLine("Please report it with the input that caused it.");
            return ExitCodes.UsageOrInternal;
        }
    }

    /// <summary>
    /// The command line. When the first argument names a command, only that command is built: the
    /// others, and the bare form's options, cost a few milliseconds of a hook's start-up and cannot be
    /// reached from there. Anything else (a path, help, a typo) gets all of them.
    /// </summary>
    private static RootCommand CreateRoot(CliConsole console, string? first, RenderHeadStart? headStart)
    {
        var only = first is not null && Commands.Contains(first) ? first : null;
        var root = new RootCommand("kubelint: a static Kubernetes security linter for manifests, Helm renders and kustomizations.");
        foreach (var name in Commands)
        {
            if (only is null || only == name)
            {
                root.Subcommands.Add(CreateCommand(name, console, headStart));
            }
        }

        if (only is null)
        {
            var bareLint = new LintOptions();
            bareLint.AddTo(root);
            root.SetAction(parseResult => parseResult.GetValue(bareLint.Paths) is { Length: > 0 } paths
                ? MistypedCommand(paths[0], console) ?? LintCommand.Execute(parseResult, bareLint, console, headStart)
                : ShowHelp(parseResult));
        }

        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Action = new HelpWithExamples((HelpAction)help.Action!);
        }

        return root;
    }

    private static Command CreateCommand(string name, CliConsole console, RenderHeadStart? headStart) => name switch
    {
        "lint" => LintCommand.Create(console, headStart),
        "rules" => RulesCommand.Create(console),
        "explain" => ExplainCommand.Create(console),
        _ => FixCommand.Create(console),
    };

    /// <summary>A first path that does not exist but is a command mistyped (<c>kubelint lnt x</c>) is a usage error, not two missing paths.</summary>
    private static int? MistypedCommand(string first, CliConsole console)
    {
        if (first == "-" || File.Exists(first) || Directory.Exists(first) || Suggestions.For(first, Commands) is not { Length: > 0 } hint)
        {
            return null;
        }

        console.Error.WriteLine($"kubelint: unknown command '{first}'{hint}");
        console.Error.WriteLine("Run 'kubelint --help' for usage.");
        return ExitCodes.UsageOrInternal;
    }

    private static readonly string[] Commands = ["lint", "rules", "explain", "fix"];

    private static int ShowHelp(ParseResult parseResult)
    {
        new HelpWithExamples(new HelpAction()).Invoke(parseResult);
        return ExitCodes.UsageOrInternal;
    }

    private sealed class HelpWithExamples(HelpAction inner) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            inner.Invoke(parseResult);
            if (parseResult.CommandResult.Command is RootCommand or { Name: "lint" })
            {
                parseResult.InvocationConfiguration.Output.WriteLine(Examples);
            }

            return ExitCodes.Clean;
        }
    }
}
