using System.CommandLine;
using KubeLint.Linting.Fixing;
using KubeLint.Reporting;

namespace KubeLint.Cli.Commands;

/// <summary>
/// <c>kubelint fix</c>: lints as <c>lint</c> does (configuration, suppressions, baseline), then prints
/// the fixes as a unified diff, or writes them with <c>--write</c>. Unsafe fixes need <c>--unsafe</c>.
/// </summary>
internal static class FixCommand
{
    public static Command Create(CliConsole console)
    {
        var options = new LintOptions();
        var write = new Option<bool>("--write") { Description = "Write the fixes into the files (default: print them as a diff)." };
        var unsafeFixes = new Option<bool>("--unsafe") { Description = "Also apply fixes that may change what a workload does (privileged, host namespaces, runAsNonRoot, read-only root)." };
        var category = new Option<string[]>("--category") { Description = "Fix only findings of these categories (with --rule: of these rules too).", HelpName = "category", AllowMultipleArgumentsPerToken = true };
        var command = new Command("fix", "Fix findings: print the edits as a diff, or write them with --write.");
        options.AddTo(command);
        command.Options.Add(write);
        command.Options.Add(unsafeFixes);
        command.Options.Add(category);
        command.SetAction(parseResult =>
        {
            if (parseResult.GetResult(options.Format) is not null || parseResult.GetResult(options.Output) is not null)
            {
                console.Error.WriteLine("kubelint: fix prints a diff (or writes with --write); for fixes in a report, run 'kubelint lint --format sarif'");
                return ExitCodes.UsageOrInternal;
            }

            var (request, error) = LintCommand.BuildRequest(parseResult, options);
            if (request is null)
            {
                console.Error.WriteLine($"kubelint: {error}");
                return ExitCodes.UsageOrInternal;
            }

            var selectors = request.Lint.EnableRules.Concat(parseResult.GetValue(category) ?? []).ToList();
            if (LintCommand.Lint(request, console, selectors) is not { } result)
            {
                return ExitCodes.UsageOrInternal;
            }

            var plan = FixPlan.Make(result, selectors, parseResult.GetValue(unsafeFixes), FixWriter.Read);
            return parseResult.GetValue(write) ? Write(plan, request.Lint.Paths, console) : Show(plan, console);
        });
        return command;
    }

    private static int Show(FixPlan plan, CliConsole console)
    {
        foreach (var change in plan.Changes)
        {
            // Each line of a linted file is shown as a terminal shows it safely (escapes, no cursor moves); tabs stay, so that patch applies the diff.
            foreach (var line in UnifiedDiff.Of(change.File.Replace('\\', '/'), change.Original, change.Fixed).Split('\n')[..^1])
            {
                console.Out.Write(string.Join('\t', line.Split('\t').Select(SafeText.ForTerminal)) + "\n");
            }
        }

        Summarize(plan, console, written: false);
        return plan.Changes.Count > 0 ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static int Write(FixPlan plan, IReadOnlyList<string> paths, CliConsole console)
    {
        var failed = 0;
        foreach (var change in plan.Changes)
        {
            if (FixWriter.Write(change, paths.Count > 0 ? paths : ["."]) is { } why)
            {
                console.Error.WriteLine($"kubelint: {SafeText.ForTerminal(change.File)}: {why}");
                failed++;
            }
        }

        Summarize(plan, console, written: true);
        return failed > 0 ? ExitCodes.UsageOrInternal : ExitCodes.Clean;
    }

    private static void Summarize(FixPlan plan, CliConsole console, bool written)
    {
        foreach (var note in plan.Notes)
        {
            console.Error.WriteLine($"kubelint: {SafeText.ForTerminal(note)}");
        }

        var fixes = plan.Changes.Sum(c => c.Applied);
        var what = written ? "written into" : "to apply in";
        var unsafeLeft = plan.UnsafeLeft > 0 ? $"; {plan.UnsafeLeft} unsafe left (--unsafe applies them)" : string.Empty;
        var unfixable = plan.Unfixable > 0 ? $"; {Count(plan.Unfixable, "finding")} without an automatic fix" : string.Empty;
        console.Error.WriteLine($"kubelint: {Count(fixes, "fix")} {what} {Count(plan.Changes.Count, "file")}{unsafeLeft}{unfixable}");
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}{(noun.EndsWith('x') ? "es" : "s")}";
}
