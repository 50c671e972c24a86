using System;
using System.CommandLine;
using System.IO;
using Aims.Manifest;
using Aims.Cli.Inputs;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Cli.Commands;

/// <summary><c>aims merge &lt;inputs&gt;... -o org.aims.json</c>: project manifests into one organisation inventory.</summary>
internal static class MergeCommand
{
    public const string DefaultName = "merged";

    public static Command Create(CliConsole console)
    {
        var inputs = CommonArguments.Inputs();
        var output = CommonArguments.Output("Where to write the merged inventory (default: standard output)");
        var name = new Option<string?>("--name")
        {
            Description = "The inventory's name, written as its assembly name (default: the output file's name without .aims.json, or \"merged\")",
            HelpName = "name",
        };
        var command = new Command("merge", "Merge project manifests into one organisation inventory in the same schema") { inputs, output, name };
        command.SetAction(parse =>
        {
            var target = parse.GetValue(output);
            var merged = InventoryInputs.Load(parse.GetValue(inputs)!, console, parse.GetValue(name) ?? NameFrom(target), alwaysMerge: true);
            OutputTarget.Write(target, console, stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(ManifestWriter.Write(merged))));
            return InventoryInputs.ExitCodeFor(merged);
        });
        return command;
    }

    private static string NameFrom(string? output)
    {
        if (output is null || output == OutputTarget.StandardOutputName)
        {
            return DefaultName;
        }

        var file = Path.GetFileName(output);
        var stem = file.EndsWith(InputResolver.ManifestSuffix, StringComparison.OrdinalIgnoreCase)
            ? file[..^InputResolver.ManifestSuffix.Length]
            : Path.GetFileNameWithoutExtension(file);
        return stem.Length > 0 ? stem : DefaultName;
    }
}
