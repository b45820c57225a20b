using System.CommandLine;
using KubeLint.Linting.Configuration;
using KubeLint.Rules;

namespace KubeLint.Cli.Commands;

/// <summary>
/// The rules <c>kubelint rules</c> and <c>explain</c> describe: every built-in rule and the checks
/// the configuration declares (the one named with <c>--config</c>, else the nearest
/// <c>.kubelint.yaml</c> above the current folder, unless <c>--no-config</c>).
/// </summary>
internal sealed class ConfiguredRules
{
    public Option<string> Config { get; } = new("--config", "-c")
    {
        Description = $"Include the checks of this configuration file instead of the nearest {ConfigLoader.FileName}.",
        HelpName = "file",
    };

    public Option<bool> NoConfig { get; } = new("--no-config")
    {
        Description = "Built-in rules only.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Config);
        command.Options.Add(NoConfig);
    }

    /// <summary>The rules, or null after printing the configuration's errors.</summary>
    public IReadOnlyList<RuleDescriptor>? Load(ParseResult parseResult, CliConsole console)
    {
        var builtIn = BuiltInRules.All.Select(r => r.Descriptor).ToList();
        var path = parseResult.GetValue(NoConfig) ? null : parseResult.GetValue(Config) ?? ConfigLoader.FindFor(Path.GetFullPath(Environment.CurrentDirectory));
        if (path is null)
        {
            return builtIn;
        }

        var (config, errors) = ConfigLoader.Load(path, builtIn);
        foreach (var error in errors)
        {
            console.Error.WriteLine($"{error.File}:{error.Line}:{error.Column}: {error.Message}");
        }

        return config is null ? null : [.. builtIn, .. config.Checks.Select(c => c.Descriptor)];
    }
}
