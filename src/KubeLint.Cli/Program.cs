using KubeLint.Cli;

KubeLint.Linting.WarmUp.InBackground();

return KubeLintCli.Run(args, CliConsole.System);
