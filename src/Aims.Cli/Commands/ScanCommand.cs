using System.CommandLine;
using System.Linq;
using System.Text;
using Aims.Cli.Inputs;
using Aims.Cli.Merge;
using Aims.Cli.Output;
using Aims.Manifest;
using Aims.Manifest.Binary;

namespace Aims.Cli.Commands;

/// <summary>
/// <c>aims scan &lt;assembly | .nupkg | folder&gt;... [-o file]</c>: the AI calls of built assemblies, read from their IL
/// and metadata (and PDBs) without loading them, as a manifest of the usual schema with <c>evidence.source</c> "binary";
/// several assemblies make one merged inventory.
/// </summary>
internal static class ScanCommand
{
    public const string DefaultName = "scanned";

    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Assemblies (.dll, .exe), NuGet packages (.nupkg) or folders searched recursively for both; nothing is loaded or run",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = CommonArguments.Output("Where to write the manifest (default: standard output)");
        var name = new Option<string?>("--name")
        {
            Description = "The inventory's name when several assemblies are scanned (default: \"scanned\")",
            HelpName = "name",
        };
        var command = new Command("scan", "Find the AI calls in built assemblies or NuGet packages from their IL, and write them as a manifest") { inputs, output, name };
        command.SetAction(parse =>
        {
            var manifests = parse.GetValue(inputs)!
                .SelectMany(ScannedAssemblies.Scan)
                .Select(scan => BinaryManifest.Assemble(scan, ToolVersion.Name, ToolVersion.Version))
                .ToList();
            if (manifests.Count == 0)
            {
                throw new InputException(string.Join(", ", parse.GetValue(inputs)!), "holds no .NET assembly");
            }

            var result = manifests.Count == 1 ? manifests[0] : Merged(manifests, parse.GetValue(name) ?? DefaultName);
            OutputTarget.Write(parse.GetValue(output), console, stream => stream.Write(Encoding.UTF8.GetBytes(ManifestWriter.Write(result))));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Aims.Manifest.Model.ManifestDocument Merged(System.Collections.Generic.IReadOnlyList<Aims.Manifest.Model.ManifestDocument> manifests, string name)
    {
        var merger = new InventoryMerger();
        foreach (var manifest in manifests)
        {
            merger.Add(manifest);
        }

        return merger.Build(name);
    }
}
