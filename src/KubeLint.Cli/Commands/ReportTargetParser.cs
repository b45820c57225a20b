using System.CommandLine;
using System.CommandLine.Parsing;
using KubeLint.Reporting;

namespace KubeLint.Cli.Commands;

/// <summary>
/// Pairs each <c>--output FILE</c> with the <c>--format</c> before it, in command-line order, so that
/// <c>--format sarif --output a.sarif --format text</c> writes SARIF to a file and text to stdout.
/// </summary>
internal static class ReportTargetParser
{
    public static (IReadOnlyList<ReportTarget> Targets, string? Error) Parse(ParseResult parseResult, Option formatOption, Option outputOption)
    {
        var targets = new List<ReportTarget>();
        var tokens = parseResult.Tokens;
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            if (tokens[i].Type != TokenType.Option)
            {
                continue;
            }

            var value = tokens[i + 1].Value;
            if (Names(formatOption, tokens[i].Value))
            {
                if (!ReportFormats.TryParse(value, out var format))
                {
                    return ([], $"unknown format '{value}'; use one of {string.Join(", ", ReportFormats.Names)}");
                }

                targets.Add(new ReportTarget(format, null));
            }
            else if (Names(outputOption, tokens[i].Value))
            {
                if (targets.Count == 0)
                {
                    targets.Add(new ReportTarget(ReportFormat.Text, value));
                }
                else if (targets[^1].OutputPath is null)
                {
                    targets[^1] = targets[^1] with { OutputPath = value };
                }
                else
                {
                    return ([], $"--output {value} must follow the --format it is for");
                }
            }
        }

        if (targets.Count == 0)
        {
            targets.Add(new ReportTarget(ReportFormat.Text, null));
        }

        return targets.Count(t => t.OutputPath is null) > 1
            ? ([], "only one --format can write to standard output; give the others an --output FILE")
            : (targets, null);
    }

    private static bool Names(Option option, string token) => option.Name == token || option.Aliases.Contains(token);
}
