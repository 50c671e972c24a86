using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Aims.Cli.Inputs;

/// <summary>
/// Expands the command line's inputs into the manifests to read: a <c>*.aims.json</c> file, an assembly, any other file
/// (a pipe such as /dev/stdin, looked into when read), or a folder searched recursively for <c>*.aims.json</c> files
/// (skipping <c>obj/</c>, and each folder once however many links lead to it). Assemblies in a folder are passed over:
/// the copy inside one holds its declarations only, never its AI calls.
/// </summary>
internal static class InputResolver
{
    public const string ManifestSuffix = ".aims.json";

    public static IReadOnlyList<ManifestInput> Resolve(IEnumerable<string> inputs)
    {
        var resolved = new List<ManifestInput>();
        var seen = new HashSet<string>(PathComparer);
        foreach (var input in inputs)
        {
            foreach (var manifest in ResolveOne(input))
            {
                if (seen.Add(Path.GetFullPath(manifest.Path)))
                {
                    resolved.Add(manifest);
                }
            }
        }

        return resolved;
    }

    private static StringComparer PathComparer =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private static IEnumerable<ManifestInput> ResolveOne(string input)
    {
        if (Directory.Exists(input))
        {
            var found = SearchFolder(input);
            return found.Count > 0
                ? found
                : throw new InputException(input, "holds no *.aims.json (obj/ folders are skipped; an assembly carries its declarations only, which `aims extract` shows)");
        }

        if (File.Exists(input))
        {
            return [new ManifestInput(input, IsJson(input) ? ManifestCarrier.JsonFile : IsAssemblyFile(input) ? ManifestCarrier.Assembly : ManifestCarrier.Unknown)];
        }

        throw new InputException(input, "file not found");
    }

    private static List<ManifestInput> SearchFolder(string root)
    {
        var found = new List<ManifestInput>();
        var visited = new HashSet<string>(PathComparer);
        var folders = new Stack<string>();
        folders.Push(root);
        while (folders.Count > 0)
        {
            var folder = folders.Pop();
            if (!visited.Add(RealPath(folder)))
            {
                continue;
            }

            var (files, children) = List(folder);
            found.AddRange(files.Where(IsManifestFile).Select(file => new ManifestInput(file, ManifestCarrier.JsonFile)));

            foreach (var child in children.Where(c => !string.Equals(Path.GetFileName(c), "obj", StringComparison.OrdinalIgnoreCase)).Reverse())
            {
                folders.Push(child);
            }
        }

        return found;
    }

    /// <summary>A folder's files and sub-folders in ordinal order, or an <see cref="InputException"/> naming the folder.</summary>
    private static (List<string> Files, List<string> Folders) List(string folder)
    {
        try
        {
            return (Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList(), Directory.GetDirectories(folder).Order(StringComparer.Ordinal).ToList());
        }
        catch (UnauthorizedAccessException)
        {
            throw new InputException(folder, "cannot be read (access denied)");
        }
        catch (IOException e)
        {
            throw new InputException(folder, $"cannot be read ({e.Message.TrimEnd('.')})");
        }
    }

    /// <summary>The folder a path leads to once links are followed, so that a link back up the tree is not walked forever.</summary>
    private static string RealPath(string folder) =>
        new DirectoryInfo(folder).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(folder);

    private static bool IsJson(string path) => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    private static bool IsManifestFile(string path) => path.EndsWith(ManifestSuffix, StringComparison.OrdinalIgnoreCase);

    private static bool IsAssemblyFile(string path) =>
        path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".exe", StringComparison.OrdinalIgnoreCase);
}
