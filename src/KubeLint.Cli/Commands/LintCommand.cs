using System.CommandLine;
using KubeLint.Linting;
using KubeLint.Manifests.PodSecurity;
using KubeLint.Reporting;
using KubeLint.Rules;

namespace KubeLint.Cli.Commands;

/// <summary><c>kubelint lint</c>: parse → request → Linter → reports → exit code.</summary>
internal static class LintCommand
{
    public static Command Create(CliConsole console)
    {
        var options = new LintOptions();
        var command = new Command("lint", "Lint Kubernetes manifests for security problems.");
        options.AddTo(command);
        command.SetAction(parseResult => Execute(parseResult, options, console));
        return command;
    }

    public static int Execute(ParseResult parseResult, LintOptions options, CliConsole console)
    {
        var (request, error) = BuildRequest(parseResult, options);
        if (request is null)
        {
            console.Error.WriteLine($"kubelint: {error}");
            return ExitCodes.UsageOrInternal;
        }

        return Run(request, console);
    }

    private static (LintCommandRequest? Request, string? Error) BuildRequest(ParseResult parseResult, LintOptions options)
    {
        var (targets, targetError) = ReportTargetParser.Parse(parseResult, options.Format, options.Output);
        if (targetError is not null)
        {
            return (null, targetError);
        }

        if (!SeverityNames.TryParse(parseResult.GetValue(options.FailOn), out var failOn))
        {
            return (null, $"--fail-on takes error, warning or note, not '{parseResult.GetValue(options.FailOn)}'");
        }

        if (!Enum.TryParse<ColorMode>(parseResult.GetValue(options.Color), ignoreCase: true, out var color))
        {
            return (null, $"--color takes auto, always or never, not '{parseResult.GetValue(options.Color)}'");
        }

        PssProfile? pss = null;
        if (parseResult.GetValue(options.Pss) is { } pssText && !PssProfile.TryParse(pssText, out pss))
        {
            return (null, $"--pss takes baseline or restricted, optionally @v1.NN or @latest, not '{pssText}'");
        }

        var paths = parseResult.GetValue(options.Paths) is { Length: > 0 } given ? given : ["."];
        if (paths.FirstOrDefault(p => p.StartsWith('-') && p != "-") is { } unknown)
        {
            return (null, $"unknown option '{unknown}' (for a file of that name, write ./{unknown})");
        }

        if (paths.Count(p => p == "-") > 1)
        {
            return (null, "standard input ('-') can be named only once");
        }

        return (new LintCommandRequest
        {
            Paths = paths,
            Targets = targets,
            FailOn = failOn,
            Namespace = parseResult.GetValue(options.Namespace) ?? "default",
            Pss = pss,
            StdinFileName = parseResult.GetValue(options.StdinFileName) ?? "-",
            SourceRoot = parseResult.GetValue(options.SourceRoot) is { } root ? Path.GetFullPath(root) : RepositoryRoot.Find(Environment.CurrentDirectory),
            Color = color,
            Jobs = Math.Max(0, parseResult.GetValue(options.Jobs)),
        }, null);
    }

    private static int Run(LintCommandRequest request, CliConsole console)
    {
        var texts = request.Paths.Contains("-") ? [new SourceText(request.StdinFileName, console.In.ReadToEnd())] : Array.Empty<SourceText>();
        var lintRequest = new LintRequest
        {
            Paths = [.. request.Paths.Where(p => p != "-")],
            Texts = texts,
            DefaultNamespace = request.Namespace,
            Pss = request.Pss,
            MaxDegreeOfParallelism = request.Jobs,
        };

        var result = new Linter().Lint(lintRequest);
        foreach (var notice in result.Notices)
        {
            console.Error.WriteLine($"kubelint: notice: {notice.Path}: {notice.Message}");
        }

        foreach (var target in request.Targets)
        {
            if (!TryWrite(result, target, request, console))
            {
                return ExitCodes.UsageOrInternal;
            }
        }

        return ExitCodeOf(result, request.FailOn);
    }

    private static bool TryWrite(LintResult result, ReportTarget target, LintCommandRequest request, CliConsole console)
    {
        var useColor = target.OutputPath is null && request.Color switch
        {
            ColorMode.Always => true,
            ColorMode.Never => false,
            _ => console.OutputIsTerminal && string.IsNullOrEmpty(console.Environment("NO_COLOR")),
        };
        var writer = ReportFormats.WriterFor(target.Format, useColor, request.SourceRoot);
        if (target.OutputPath is null)
        {
            writer.Write(result, console.Out);
            return true;
        }

        try
        {
            using var file = new StreamWriter(target.OutputPath, append: false, new System.Text.UTF8Encoding(false));
            writer.Write(result, file);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"kubelint: cannot write {target.OutputPath}: {e.Message}");
            return false;
        }
    }

    private static int ExitCodeOf(LintResult result, Severity failOn)
    {
        if (result.Errors.Any(e => e.IsInternalFailure))
        {
            return ExitCodes.UsageOrInternal;
        }

        return result.Errors.Count > 0 || result.HasFindingsAtOrAbove(failOn) ? ExitCodes.Findings : ExitCodes.Clean;
    }
}
