using System.CommandLine;

namespace Aims.Cli.Commands;

/// <summary>The arguments and options that several commands share, described the same way everywhere.</summary>
internal static class CommonArguments
{
    public static Argument<string[]> Inputs() => new("inputs")
    {
        Description = "*.aims.json manifests, assemblies with an embedded manifest, or folders searched recursively for both (obj/ is skipped)",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<string?> Output(string description) => new("--output", "-o")
    {
        Description = description,
        HelpName = "file",
    };

    public static Option<string> Format(string defaultFormat, params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = "The output format",
            DefaultValueFactory = _ => defaultFormat,
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }
}
