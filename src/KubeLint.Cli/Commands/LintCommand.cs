using System.CommandLine;
using KubeLint.Linting;
using KubeLint.Linting.Baselines;
using KubeLint.Linting.Discovery;
using KubeLint.Manifests.PodSecurity;
using KubeLint.Reporting;
using KubeLint.Rules;

namespace KubeLint.Cli.Commands;

/// <summary><c>kubelint lint</c>: parse → request → Linter → reports → exit code.</summary>
internal static class LintCommand
{
    public static Command Create(CliConsole console, RenderHeadStart? headStart = null)
    {
        var options = new LintOptions();
        var command = new Command("lint", "Lint Kubernetes manifests for security problems.");
        options.AddTo(command);
        command.SetAction(parseResult => Execute(parseResult, options, console, headStart));
        return command;
    }

    public static int Execute(ParseResult parseResult, LintOptions options, CliConsole console, RenderHeadStart? headStart = null)
    {
        var (request, error) = BuildRequest(parseResult, options);
        if (request is null)
        {
            console.Error.WriteLine($"kubelint: {error}");
            return ExitCodes.UsageOrInternal;
        }

        return Run(request with { Lint = request.Lint with { HeadStart = headStart } }, console);
    }

    internal static (LintCommandRequest? Request, string? Error) BuildRequest(ParseResult parseResult, LintOptions options)
    {
        var (targets, targetError) = ReportTargetParser.Parse(parseResult, options.Format, options.Output);
        if (targetError is not null)
        {
            return (null, targetError);
        }

        Severity? failOn = null;
        if (parseResult.GetValue(options.FailOn) is { } failOnText)
        {
            if (!SeverityNames.TryParse(failOnText, out var parsed))
            {
                return (null, $"--fail-on takes error, warning or note, not '{failOnText}'");
            }

            failOn = parsed;
        }

        Severity? minSeverity = null;
        if (parseResult.GetValue(options.MinSeverity) is { } minText)
        {
            if (!SeverityNames.TryParse(minText, out var parsed))
            {
                return (null, $"--min-severity takes error, warning or note, not '{minText}'");
            }

            minSeverity = parsed;
        }

        var enableRules = parseResult.GetValue(options.Rule) ?? [];
        var disableRules = parseResult.GetValue(options.Disable) ?? [];
        // A selector that is no built-in rule (nor a near miss of one) may name a check of a configuration, known only once the run has read them: checked after it.
        var builtInNames = BuiltInRules.All.SelectMany(r => (string[])[r.Descriptor.Id, r.Descriptor.Name]).Concat(RuleCategories.All).ToArray();
        if (enableRules.Concat(disableRules).FirstOrDefault(s => !KubeLint.Linting.Configuration.RuleSelector.IsKnown(s, BuiltInRules.All.Select(r => r.Descriptor))
            && !(KubeLint.Linting.Configuration.Checks.CheckReader.IsCheckId(s) && Suggestions.For(s, builtInNames).Length == 0)) is { } unknownRule)
        {
            return (null, $"no rule or category '{unknownRule}'{Suggestions.For(unknownRule, builtInNames)} (see 'kubelint rules')");
        }

        ColorMode? color = parseResult.GetValue(options.Color)?.ToLowerInvariant() switch
        {
            "auto" => ColorMode.Auto,
            "always" => ColorMode.Always,
            "never" => ColorMode.Never,
            _ => null,
        };
        if (color is null)
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
            return (null, $"unknown option '{unknown}'{Suggestions.For(unknown.Split('=')[0], options.Names)} (for a file of that name, write ./{unknown})");
        }

        if (paths.Count(p => p == "-") > 1)
        {
            return (null, "standard input ('-') can be named only once");
        }

        if (parseResult.GetValue(options.Baseline) is not null && parseResult.GetValue(options.WriteBaseline) is not null)
        {
            return (null, "--baseline and --write-baseline cannot be combined: to refresh a baseline, run with --write-baseline alone");
        }

        if (parseResult.GetValue(options.Config) is not null && parseResult.GetValue(options.NoConfig))
        {
            return (null, "--config and --no-config cannot be combined");
        }

        long? maxFileBytes = null;
        if (parseResult.GetValue(options.MaxFileSize) is { } sizeText)
        {
            if (!ByteSize.TryParse(sizeText, out var size))
            {
                return (null, $"--max-file-size takes a size such as 64MiB, 512KiB or 10MB, not '{sizeText}'");
            }

            maxFileBytes = size;
        }

        var (render, renderError) = options.Rendering.Read(parseResult);
        if (render is null)
        {
            return (null, renderError);
        }

        var defaults = new LintRequest();
        return (new LintCommandRequest
        {
            Lint = new LintRequest
            {
                Paths = paths,
                StandardInputName = parseResult.GetValue(options.StdinFileName) ?? defaults.StandardInputName,
                DefaultNamespace = parseResult.GetValue(options.Namespace),
                Pss = pss,
                FailOn = failOn,
                EnableRules = enableRules,
                DisableRules = disableRules,
                ConfigPath = parseResult.GetValue(options.Config),
                UseConfigFiles = !parseResult.GetValue(options.NoConfig),
                StrictSuppressions = parseResult.GetValue(options.Strict),
                Untrusted = parseResult.GetValue(options.Untrusted),
                Render = render,
                MaxFileBytes = maxFileBytes ?? defaults.MaxFileBytes,
                MaxDegreeOfParallelism = Math.Max(0, parseResult.GetValue(options.Jobs)),
                ClusterPerPath = parseResult.GetValue(options.ClusterPerPath),
            },
            Targets = targets,
            MinSeverity = minSeverity,
            ShowSuppressed = parseResult.GetValue(options.ShowSuppressed),
            BaselinePath = parseResult.GetValue(options.Baseline),
            WriteBaselinePath = parseResult.GetValue(options.WriteBaseline),
            SourceRoot = parseResult.GetValue(options.SourceRoot) is { } root ? Path.GetFullPath(root) : RepositoryRoot.Find(Environment.CurrentDirectory),
            Color = color.Value,
        }, null);
    }

    private static int Run(LintCommandRequest request, CliConsole console)
    {
        if (Lint(request, console) is not { } result)
        {
            return ExitCodes.UsageOrInternal;
        }

        if (result.Summary.Files > 0 && result.Summary.Objects == 0 && result.Errors.Count == 0)
        {
            console.Error.WriteLine($"kubelint: notice: no Kubernetes object in the {result.Summary.Files} file(s) read");
        }

        if (request.WriteBaselinePath is { } writeBaselinePath && !TryWriteBaseline(result, writeBaselinePath, console))
        {
            return ExitCodes.UsageOrInternal;
        }

        foreach (var notice in result.Notices)
        {
            console.Error.WriteLine($"kubelint: notice: {SafeText.ForTerminal(notice.Path)}: {SafeText.ForTerminal(notice.Message)}");
        }

        // Every report is written even when another one fails; a failure still makes the exit code 2.
        var shown = request.MinSeverity is { } min ? result.ShowingAtLeast(min) : result;
        var allWritten = true;
        foreach (var target in request.Targets)
        {
            allWritten &= TryWrite(shown, target, request, console);
        }

        return allWritten ? ExitCodeOf(result) : ExitCodes.UsageOrInternal;
    }

    private static bool TryWriteBaseline(LintResult result, string path, CliConsole console)
    {
        try
        {
            using var file = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
            Baseline.From(result).Write(file);
            console.Error.WriteLine($"kubelint: wrote {result.Findings.Count} findings to the baseline {path}");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"kubelint: cannot write {path}: {e.Message}");
            return false;
        }
    }

    private static bool TryWrite(LintResult result, ReportTarget target, LintCommandRequest request, CliConsole console)
    {
        var useColor = target.OutputPath is null && request.Color switch
        {
            ColorMode.Always => true,
            ColorMode.Never => false,
            _ => console.OutputIsTerminal && string.IsNullOrEmpty(console.Environment("NO_COLOR")),
        };
        var writer = ReportFormats.WriterFor(target.Format, new ReportOptions(request.SourceRoot) { UseColor = useColor, ShowSuppressed = request.ShowSuppressed });
        var format = target.Format.ToString().ToLowerInvariant();
        if (target.OutputPath is null || IsSpecialFile(target.OutputPath))
        {
            // Made complete first, so a writer that fails prints nothing half-way; and written to a
            // device (/dev/null, /dev/stdout, /proc/self/fd/1) in place: a rename would replace it with a regular file.
            using var report = new ReportBuffer();
            try
            {
                if (!TryRun(() => writer.Write(result, report), format, console))
                {
                    return false;
                }

                if (target.OutputPath is null)
                {
                    report.CopyTo(console.Out);
                }
                else
                {
                    using var device = new FileStream(target.OutputPath, FileMode.Append, FileAccess.Write);
                    report.CopyTo(device);
                }

                return true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"kubelint: cannot write {target.OutputPath ?? "the report"}: {e.Message}");
                return false;
            }
        }

        // Written beside the target and moved over it when complete, so a failure leaves no half-written file.
        var partial = target.OutputPath + ".kubelint-partial";
        try
        {
            bool written;
            using (var file = new StreamWriter(partial, append: false, new System.Text.UTF8Encoding(false)))
            {
                written = TryRun(() => writer.Write(result, file), format, console);
            }

            if (written)
            {
                File.Move(partial, target.OutputPath, overwrite: true);
            }

            return written;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"kubelint: cannot write {target.OutputPath}: {e.Message}");
            return false;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>Whether the output path is a device or process file (under /dev, /proc or /sys once links are resolved), written in place.</summary>
    private static bool IsSpecialFile(string path)
    {
        var full = Path.GetFullPath(path);
        var real = File.Exists(full) ? new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full : full;
        return ((string[])["/dev/", "/proc/", "/sys/"]).Any(root => full.StartsWith(root, StringComparison.Ordinal) || real.StartsWith(root, StringComparison.Ordinal));
    }

    private static bool TryRun(Action write, string format, CliConsole console)
    {
        try
        {
            write();
            return true;
        }
        catch (Exception e) when (e is not (OutOfMemoryException or IOException or UnauthorizedAccessException))
        {
            console.Error.WriteLine($"kubelint: internal error: the {format} report could not be written: {e.GetType().Name}: {SafeText.ForTerminal(e.Message)}");
            return false;
        }
    }

    /// <summary>
    /// Runs the linter for <c>lint</c> and <c>fix</c>: the baseline loaded, and a run whose
    /// configuration or rule selection is wrong printed and refused (null), since its findings would be the wrong ones.
    /// </summary>
    internal static LintResult? Lint(LintCommandRequest request, CliConsole console, IEnumerable<string>? moreSelectors = null)
    {
        Baseline? baseline = null;
        if (request.BaselinePath is { } baselinePath)
        {
            (baseline, var baselineError) = Baseline.Load(baselinePath);
            if (baseline is null)
            {
                console.Error.WriteLine($"kubelint: {baselineError}");
                return null;
            }
        }

        var lintRequest = request.Lint with { StandardInput = console.In, Baseline = baseline };
        var result = new Linter().Lint(lintRequest);
        // A run with half a configuration reports nothing: its findings would be the wrong ones.
        if (result.Errors.Where(e => e.Kind == ErrorKind.Configuration).ToList() is { Count: > 0 } configErrors)
        {
            foreach (var error in configErrors)
            {
                var where = error.HasPosition ? $"{error.File}:{error.Line}:{error.Column}" : error.File;
                console.Error.WriteLine($"kubelint: {SafeText.ForTerminal(where)}: {SafeText.ForTerminal(error.Message)}");
            }

            return null;
        }

        if (request.Lint.EnableRules.Concat(request.Lint.DisableRules).Concat(moreSelectors ?? []).FirstOrDefault(s => !KubeLint.Linting.Configuration.RuleSelector.IsKnown(s, result.Rules)) is { } unknownSelector)
        {
            var known = result.Rules.SelectMany(r => (string[])[r.Id, r.Name, r.Category]).Distinct();
            console.Error.WriteLine($"kubelint: no rule, check or category '{SafeText.ForTerminal(unknownSelector)}'{Suggestions.For(unknownSelector, known)} (see 'kubelint rules')");
            return null;
        }

        return result;
    }

    private static int ExitCodeOf(LintResult result)
    {
        if (result.Errors.Any(e => e.Kind is ErrorKind.Internal or ErrorKind.Configuration))
        {
            return ExitCodes.UsageOrInternal;
        }

        return result.Errors.Count > 0 || result.HasFailingFindings ? ExitCodes.Findings : ExitCodes.Clean;
    }
}
