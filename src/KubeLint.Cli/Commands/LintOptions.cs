using System.CommandLine;
using KubeLint.Reporting;

namespace KubeLint.Cli.Commands;

/// <summary>The options and argument of <c>kubelint lint</c> (also accepted by bare <c>kubelint PATHS</c>).</summary>
internal sealed class LintOptions
{
    public Argument<string[]> Paths { get; } = new("paths")
    {
        Description = "Files and directories to lint; '-' reads standard input. Default: the current directory.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string[]> Format { get; } = new("--format", "-f")
    {
        Description = $"Report format: {string.Join(", ", ReportFormats.Names)}. Repeat with --output for several reports.",
        HelpName = "format",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string[]> Output { get; } = new("--output", "-o")
    {
        Description = "Write the report of the preceding --format to FILE instead of standard output.",
        HelpName = "file",
    };

    public Option<string> FailOn { get; } = new("--fail-on")
    {
        Description = "Exit with 1 when a finding is at or above this severity: error, warning or note (default: the configuration's, else warning).",
        HelpName = "severity",
    };

    public Option<string[]> Rule { get; } = new("--rule")
    {
        Description = "Run this rule (id, name or category) as well, like the configuration's rules.enable; repeatable.",
        HelpName = "rule",
    };

    public Option<string[]> Disable { get; } = new("--disable")
    {
        Description = "Do not run this rule (id, name or category), like the configuration's rules.disable; repeatable.",
        HelpName = "rule",
    };

    public Option<string> MinSeverity { get; } = new("--min-severity")
    {
        Description = "Show only findings at or above this severity in the reports (error, warning or note); --fail-on still counts every finding.",
        HelpName = "severity",
    };

    public Option<string> Namespace { get; } = new("--namespace", "-n")
    {
        Description = "Namespace of objects that do not name one (default: the configuration's, else default).",
        HelpName = "namespace",
    };

    public Option<string> Config { get; } = new("--config", "-c")
    {
        Description = $"Use this configuration file for every file instead of the nearest {KubeLint.Linting.Configuration.ConfigLoader.FileName}.",
        HelpName = "file",
    };

    public Option<bool> NoConfig { get; } = new("--no-config")
    {
        Description = "Ignore configuration files.",
    };

    public Option<bool> Strict { get; } = new("--strict")
    {
        Description = "Refuse every ignore.kubelint.io suppression annotation (configuration ignores still apply).",
    };

    public Option<bool> Untrusted { get; } = new("--untrusted")
    {
        Description = "The files are a stranger's (a pull request from a fork): read no .kubelint.yaml and no suppression annotation from them; only --config and --baseline apply. See 'Linting pull requests from strangers' in the README.",
    };

    public Option<bool> ShowSuppressed { get; } = new("--show-suppressed")
    {
        Description = "List suppressed findings and their reasons, not only count them.",
    };

    public Option<string> Baseline { get; } = new("--baseline")
    {
        Description = "Report only findings that this baseline file does not list.",
        HelpName = "file",
    };

    public Option<string> WriteBaseline { get; } = new("--write-baseline")
    {
        Description = "Record the current findings in a baseline file (they are still reported).",
        HelpName = "file",
    };

    public Option<string> Pss { get; } = new("--pss")
    {
        Description = "Check one Pod Security Standards profile: baseline or restricted, optionally @v1.30 (default: latest). Without it, every pod-security rule runs.",
        HelpName = "profile",
    };

    public Option<string> SourceRoot { get; } = new("--source-root")
    {
        Description = "The directory SARIF and GitHub paths are relative to. Default: the enclosing git repository's root, else the current directory.",
        HelpName = "dir",
    };

    public Option<string> StdinFileName { get; } = new("--stdin-filename")
    {
        Description = "The file name to report for standard input ('-').",
        HelpName = "name",
    };

    public Option<string> Color { get; } = new("--color")
    {
        Description = "Colour in text output: auto (terminal, unless NO_COLOR is set), always or never.",
        DefaultValueFactory = _ => "auto",
        HelpName = "when",
    };

    public Option<string> MaxFileSize { get; } = new("--max-file-size")
    {
        Description = "Files larger than this are reported as errors, not read: e.g. 64MiB (the default), 512KiB, 10MB.",
        HelpName = "size",
    };

    public Option<bool> ClusterPerPath { get; } = new("--cluster-per-path")
    {
        Description = "Read each path as a cluster of its own: bindings, ServiceAccounts and Services join only objects under the same path (lint a monorepo of independent projects in one run: kubelint lint --cluster-per-path projects/*).",
    };

    public Option<int> Jobs { get; } = new("--jobs", "-j")
    {
        Description = "Files read in parallel (0: automatic). Output is identical for any value.",
        HelpName = "n",
    };

    public RenderingOptions Rendering { get; } = new();

    /// <summary>Every option name and alias, for "did you mean" hints.</summary>
    public IEnumerable<string> Names => All.SelectMany(o => (string[])[o.Name, .. o.Aliases]);

    private Option[] All => [Format, Output, FailOn, MinSeverity, Rule, Disable, Namespace, Pss, Config, NoConfig, Strict, Untrusted, ShowSuppressed, Baseline, WriteBaseline, .. Rendering.All, SourceRoot, StdinFileName, Color, MaxFileSize, ClusterPerPath, Jobs];

    public void AddTo(Command command)
    {
        command.Arguments.Add(Paths);
        foreach (var option in All)
        {
            command.Options.Add(option);
        }
    }
}
