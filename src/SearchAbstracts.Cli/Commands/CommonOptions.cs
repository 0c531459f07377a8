using System.CommandLine;

namespace SearchAbstracts.Cli.Commands;

/// <summary>Options shared by several commands, each defined once with its help text.</summary>
internal static class CommonOptions
{
    public const string DefaultIndex = "index";
    public const string DefaultSeeds = "seeds";

    public static Option<string?> Index() => new("--index")
    {
        Description = $"Index folder [default: {DefaultIndex}; built from {DefaultSeeds}/ on first use]",
        HelpName = "DIR",
    };

    public static Option<string> Format() => new Option<string>("--format")
    {
        Description = "Output format",
        DefaultValueFactory = _ => "text",
    }.AcceptOnlyFromAmong("text", "json");

    public static Option<string> Color() => new Option<string>("--color")
    {
        Description = "Highlight with ANSI colour: auto = when stdout is a terminal and NO_COLOR is unset",
        DefaultValueFactory = _ => "auto",
    }.AcceptOnlyFromAmong("auto", "always", "never");

    public static bool UseColor(string choice, CliConsole console) => choice switch
    {
        "always" => true,
        "never" => false,
        _ => console.Color,
    };
}
