using System.CommandLine;
using System.Text.Json;
using KubeLint.Reporting;
using KubeLint.Rules;

namespace KubeLint.Cli.Commands;

/// <summary><c>kubelint rules</c>: the catalogue as a table, Markdown or JSON.</summary>
internal static class RulesCommand
{
    public static Command Create(CliConsole console)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "text, markdown or json.",
            DefaultValueFactory = _ => "text",
            HelpName = "format",
        };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        var configured = new ConfiguredRules();
        var command = new Command("rules", "List every built-in rule and the checks your configuration declares.") { format };
        configured.AddTo(command);
        command.SetAction(parseResult =>
        {
            if (configured.Load(parseResult, console) is not { } rules)
            {
                return ExitCodes.UsageOrInternal;
            }

            console.Out.Write(parseResult.GetValue(format) switch
            {
                "markdown" => RuleDocs.Table(rules),
                "json" => Json(rules),
                _ => Text(rules),
            });
            return ExitCodes.Clean;
        });
        return command;
    }

    private static string Text(IReadOnlyList<RuleDescriptor> rules)
    {
        var idWidth = rules.Max(r => r.Id.Length);
        var nameWidth = rules.Max(r => r.Name.Length);
        var categoryWidth = rules.Max(r => r.Category.Length);
        return string.Concat(rules.Select(r =>
            $"{r.Id.PadRight(idWidth)}  {r.Name.PadRight(nameWidth)}  {r.Category.PadRight(categoryWidth)}  {r.DefaultSeverity.ToName(),-7}  {r.Title}{Environment.NewLine}"));
    }

    private static string Json(IReadOnlyList<RuleDescriptor> rules)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("name", rule.Name);
                json.WriteString("category", rule.Category);
                json.WriteString("severity", rule.DefaultSeverity.ToName());
                json.WriteBoolean("enabledByDefault", rule.EnabledByDefault);
                json.WriteString("title", rule.Title);
                json.WriteString("remediation", rule.HowToFix);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + Environment.NewLine;
    }
}
