using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Aims.Cli.Inputs;

/// <summary>
/// Expands the command line's inputs into the manifests to read: a <c>*.aims.json</c> file, an assembly, any other file
/// (a pipe such as /dev/stdin, looked into when read), or a folder searched recursively for both (skipping <c>obj/</c>,
/// and each folder once however many links lead to it). In a folder an assembly next to its own <c>.aims.json</c> is read
/// once, from the JSON, and assemblies without an embedded manifest (the SDKs beside the app) are passed over.
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
                : throw new InputException(input, "holds no *.aims.json and no assembly with an embedded manifest (obj/ folders are skipped)");
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
            var jsonStems = files.Where(IsManifestFile).Select(StemOf).ToHashSet(PathComparer);
            foreach (var file in files)
            {
                if (IsManifestFile(file))
                {
                    found.Add(new ManifestInput(file, ManifestCarrier.JsonFile));
                }
                else if (IsAssemblyFile(file) && !jsonStems.Contains(StemOf(file)) && CarriesManifest(file))
                {
                    found.Add(new ManifestInput(file, ManifestCarrier.Assembly));
                }
            }

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

    /// <summary>"App" for both App.aims.json and App.dll.</summary>
    private static string StemOf(string path)
    {
        var name = Path.GetFileName(path);
        return IsManifestFile(name) ? name[..^ManifestSuffix.Length] : Path.GetFileNameWithoutExtension(name);
    }

    /// <summary>Whether a file found in a folder is an assembly with a manifest; anything else there is not an input.</summary>
    private static bool CarriesManifest(string path)
    {
        try
        {
            return EmbeddedManifest.Read(path) is not null;
        }
        catch (InputException)
        {
            return false;
        }
    }
}
