using KubeLint.Cli;

return KubeLintCli.Run(args, CliConsole.System);
