using System.Collections.Generic;
using Aims.Cli.Inputs;
using Aims.Cli.Merge;

namespace Aims.Cli.Commands;

/// <summary>
/// The inputs of a command as one manifest: the manifest itself when there is one, else the merge of all of them
/// (with a warning on standard error for each system id declared by more than one assembly).
/// </summary>
internal static class InventoryInputs
{
    public static Manifest.Manifest Load(IReadOnlyList<string> inputs, CliConsole console, string mergedName, bool alwaysMerge = false)
    {
        var resolved = InputResolver.Resolve(inputs);
        if (resolved.Count == 1 && !alwaysMerge)
        {
            return ManifestLoader.Load(resolved[0]);
        }

        var merger = new InventoryMerger();
        using (var progress = new MergeProgress(console))
        {
            foreach (var manifest in new ManifestLoader().ReadAll(resolved, progress.Report))
            {
                merger.Add(manifest);
            }
        }

        var merged = merger.Build(mergedName);
        foreach (var duplicate in merged.DuplicateSystems!)
        {
            console.Error.WriteLine(
                $"aims: warning: AI system '{duplicate.Id}' is declared in {string.Join(" and ", duplicate.DeclaredIn)}; the inventory keeps the declaration of {duplicate.DeclaredIn[0]}");
        }

        return merged;
    }

    /// <summary>Exit 1 when the inventory holds a system id declared twice: a policy failure, not an input error.</summary>
    public static int ExitCodeFor(Manifest.Manifest manifest) =>
        manifest.DuplicateSystems is { Count: > 0 } ? ExitCodes.Failure : ExitCodes.Success;
}
