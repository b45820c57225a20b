using System.CommandLine;
using KubeLint.Reporting;
using KubeLint.Rules;

namespace KubeLint.Cli.Commands;

/// <summary><c>kubelint explain ID|NAME</c>: the rule's docs page in the terminal.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliConsole console)
    {
        var rule = new Argument<string>("rule") { Description = "A rule id (KL3001) or name (privileged-container)." };
        var command = new Command("explain", "Explain a rule: what it checks, why it matters, how to fix it.") { rule };
        command.SetAction(parseResult =>
        {
            var wanted = parseResult.GetValue(rule) ?? string.Empty;
            if (BuiltInRules.Find(wanted) is { } found)
            {
                console.Out.Write(RuleDocs.Page(found.Descriptor));
                return ExitCodes.Clean;
            }

            console.Error.WriteLine($"kubelint: no rule '{wanted}'; `kubelint rules` lists them");
            return ExitCodes.UsageOrInternal;
        });
        return command;
    }
}
