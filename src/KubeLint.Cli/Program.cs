using System.Runtime.CompilerServices;
using KubeLint.Cli;
using KubeLint.Cli.Commands;
using KubeLint.Linting;
using KubeLint.Rules;

// A chart or kustomization named on the command line starts rendering now, beside the runtime's warming up (see RenderHeadStart);
// the code the lint will run is loaded and compiled meanwhile, where it is compiled at run time.
using var headStart = LintRequestGuess.From(args) is { } guess
    ? RenderHeadStart.Begin(guess, () => [.. BuiltInRules.All.Select(r => r.Descriptor)], RuntimeFeature.IsDynamicCodeCompiled ? LintWarmUp.Run : null)
    : null;
return KubeLintCli.Run(args, CliConsole.System, headStart);
