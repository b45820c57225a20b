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
        var configured = new ConfiguredRules();
        var command = new Command("explain", "Explain a rule or one of your checks: what it checks, why it matters, how to fix it.") { rule };
        configured.AddTo(command);
        command.SetAction(parseResult =>
        {
            var wanted = parseResult.GetValue(rule) ?? string.Empty;
            if (configured.Load(parseResult, console) is not { } rules)
            {
                return ExitCodes.UsageOrInternal;
            }

            if (rules.FirstOrDefault(r => string.Equals(r.Id, wanted, StringComparison.OrdinalIgnoreCase) || string.Equals(r.Name, wanted, StringComparison.OrdinalIgnoreCase)) is { } found)
            {
                console.Out.Write(RuleDocs.Page(found));
                return ExitCodes.Clean;
            }

            console.Error.WriteLine($"kubelint: no rule '{wanted}'; `kubelint rules` lists them");
            return ExitCodes.UsageOrInternal;
        });
        return command;
    }
}
