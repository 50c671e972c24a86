using System.Collections.Generic;
using Aims.Cli.Inputs;
using Aims.Cli.Merge;
using Aims.Manifest.Model;

namespace Aims.Cli.Commands;

/// <summary>
/// The inputs of a command as one manifest: the manifest itself when there is one, else the merge of all of them. A
/// warning on standard error names each system id declared by more than one assembly, however the inventory came
/// about, because it is why the command then exits 1.
/// </summary>
internal static class InventoryInputs
{
    public static ManifestDocument Load(IReadOnlyList<string> inputs, CliConsole console, string mergedName, bool alwaysMerge = false)
    {
        var resolved = InputResolver.Resolve(inputs);
        var inventory = resolved.Count == 1 && !alwaysMerge ? ManifestLoader.Load(resolved[0]) : Merge(resolved, console, mergedName);
        foreach (var duplicate in inventory.DuplicateSystems ?? [])
        {
            console.Error.WriteLine(
                $"aims: warning: AI system '{duplicate.Id}' is declared in {string.Join(" and ", duplicate.DeclaredIn)}; the inventory keeps the declaration of {duplicate.DeclaredIn[0]}");
        }

        return inventory;
    }

    /// <summary>Exit 1 when the inventory holds a system id declared twice: a policy failure, not an input error.</summary>
    public static int ExitCodeFor(ManifestDocument manifest) =>
        manifest.DuplicateSystems is { Count: > 0 } ? ExitCodes.Failure : ExitCodes.Success;

    private static ManifestDocument Merge(IReadOnlyList<ManifestInput> inputs, CliConsole console, string name)
    {
        var merger = new InventoryMerger();
        using (var progress = new MergeProgress(console))
        {
            foreach (var manifest in new ManifestLoader().ReadAll(inputs, progress.Report))
            {
                merger.Add(manifest);
            }
        }

        return merger.Build(name);
    }
}
