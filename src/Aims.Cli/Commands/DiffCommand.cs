using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using Aims.Cli.Diff;

namespace Aims.Cli.Commands;

/// <summary>
/// <c>aims diff &lt;old&gt; &lt;new&gt;</c>: what changed between two releases, exit 1 when a change of a kind that
/// <c>--fail-on</c> names (every regression by default) is found, so a pipeline can gate a release on the last one.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(CliConsole console)
    {
        var old = new Argument<string>("old") { Description = "The earlier inventory: a manifest, an assembly, or a folder (merged)" };
        var @new = new Argument<string>("new") { Description = "The later inventory, of the same kinds" };
        var format = CommonArguments.Format("text", "text", "md", "json");
        var failOn = new Option<FailOnPolicy>("--fail-on")
        {
            Description = "The kinds of change that exit 1, separated by commas: 'regressions' (the default: " +
                string.Join(", ", ChangeKind.Regressions.Select(k => k.Name)) + "), any change kind, or 'none' to never fail",
            HelpName = "kinds",
            Arity = ArgumentArity.OneOrMore,
            DefaultValueFactory = _ => FailOnPolicy.Default,
            CustomParser = result =>
            {
                try
                {
                    return FailOnPolicy.Parse(result.Tokens.Select(t => t.Value));
                }
                catch (ArgumentException e)
                {
                    result.AddError($"--fail-on: {e.Message}");
                    return FailOnPolicy.Default;
                }
            },
        };
        failOn.CompletionSources.Add(_ => FailOnPolicy.AcceptedValues.Select(value =>
            new System.CommandLine.Completions.CompletionItem(value, detail: ChangeKind.Named(value)?.Meaning)));

        var command = new Command("diff", "Show what changed between two releases' inventories; exit 1 on a regression") { old, @new, format, failOn };
        command.SetAction(parse =>
        {
            var before = InventoryInputs.Load([parse.GetValue(old)!], console, "old");
            var after = InventoryInputs.Load([parse.GetValue(@new)!], console, "new");
            var result = new DiffResult(before, after, ManifestComparer.Compare(before, after), parse.GetValue(failOn)!);
            Write(result, parse.GetValue(format)!, console.StandardOutput);
            return result.Fails ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }

    private static void Write(DiffResult result, string format, Stream output)
    {
        if (format == "json")
        {
            DiffJsonWriter.Write(result, output);
            return;
        }

        using var text = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        if (format == "md")
        {
            DiffMarkdownWriter.Write(result, text);
        }
        else
        {
            DiffTextWriter.Write(result, text);
        }
    }
}
