using SearchAbstracts.Cli;

return CliApp.Run(args, new CliConsole(Console.Out, Console.Error, CliConsole.ColorFromProcess())
{
    ErrorIsTerminal = !Console.IsErrorRedirected,
});
