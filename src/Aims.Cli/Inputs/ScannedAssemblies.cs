using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Aims.Manifest;
using Aims.Manifest.Binary;

namespace Aims.Cli.Inputs;

/// <summary>
/// The assemblies <c>aims scan</c> reads: an assembly file, a NuGet package (the assemblies of its lib folder for the
/// newest framework it has), or a folder searched recursively for both. A file named on the command line must be a .NET
/// assembly or package; in a folder, files that are not (native libraries) are passed over.
/// </summary>
internal static class ScannedAssemblies
{
    private static readonly string[] AssemblyExtensions = [".dll", ".exe"];

    public static IEnumerable<AssemblyScan> Scan(string path)
    {
        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(file => IsAssemblyFile(file) || IsPackage(file))
                .Order(StringComparer.Ordinal)
                .SelectMany(file => IsPackage(file) ? Package(file) : Optional(file))
                .ToList();
        }

        if (!File.Exists(path))
        {
            throw new InputException(path, "file or folder not found");
        }

        return IsPackage(path) ? Package(path) : [Assembly(path)];
    }

    private static bool IsAssemblyFile(string path) => AssemblyExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    private static bool IsPackage(string path) => string.Equals(Path.GetExtension(path), ".nupkg", StringComparison.OrdinalIgnoreCase);

    private static AssemblyScan Assembly(string path)
    {
        try
        {
            using var image = new MemoryStream(File.ReadAllBytes(path), writable: false);
            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            var scan = AssemblyScanner.Scan(image, pdb => File.Exists(Path.Combine(folder, pdb)) ? new MemoryStream(File.ReadAllBytes(Path.Combine(folder, pdb)), writable: false) : null);
            return scan.IsReferenceAssembly
                ? throw new InputException(path, ReferenceAssembly)
                : scan;
        }
        catch (ManifestReadException e)
        {
            throw new InputException(path, e.Message);
        }
        catch (IOException e)
        {
            throw new InputException(path, e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputException(path, e.Message);
        }
    }

    /// <summary>In a folder, a file that is no .NET assembly, or is a reference assembly, is passed over.</summary>
    private static IEnumerable<AssemblyScan> Optional(string path)
    {
        try
        {
            return [Assembly(path)];
        }
        catch (InputException e) when (!LooksLikeADotNetAssembly(path) || e.Message.EndsWith(ReferenceAssembly, StringComparison.Ordinal))
        {
            return [];
        }
    }

    private const string ReferenceAssembly = "is a reference assembly, which has no method bodies: scan the implementation assembly (bin/, not obj/.../ref/)";

    private static bool LooksLikeADotNetAssembly(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
            return pe.HasMetadata;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    /// <summary>The assemblies of the package's lib folder for its newest framework, each with a PDB beside it if the package has one.</summary>
    private static IEnumerable<AssemblyScan> Package(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            var libraries = zip.Entries
                .Select(entry => (Entry: entry, Parts: entry.FullName.Split('/')))
                .Where(item => item.Parts.Length == 3 && item.Parts[0] == "lib" && IsAssemblyFile(item.Parts[2]))
                .ToList();
            var framework = libraries.Select(item => item.Parts[1]).Distinct().OrderByDescending(Rank).ThenBy(f => f, StringComparer.Ordinal).FirstOrDefault();
            var scans = new List<AssemblyScan>();
            foreach (var (entry, parts) in libraries.Where(item => item.Parts[1] == framework).OrderBy(item => item.Entry.FullName, StringComparer.Ordinal))
            {
                using var image = Copy(entry);
                scans.Add(AssemblyScanner.Scan(image, pdb => zip.GetEntry($"lib/{parts[1]}/{pdb}") is { } found ? Copy(found) : null));
            }

            return scans;
        }
        catch (InvalidDataException e)
        {
            throw new InputException(path, $"is not a NuGet package ({e.Message})");
        }
        catch (ManifestReadException e)
        {
            throw new InputException(path, e.Message);
        }
    }

    private static MemoryStream Copy(ZipArchiveEntry entry)
    {
        using var source = entry.Open();
        var copy = new MemoryStream();
        source.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    /// <summary>Newer .NET first, then .NET Standard, then the rest (older .NET Framework).</summary>
    private static (int Family, double Version) Rank(string framework) =>
        framework.StartsWith("netstandard", StringComparison.Ordinal) ? (1, Version(framework["netstandard".Length..]))
        : framework.StartsWith("netcoreapp", StringComparison.Ordinal) ? (2, Version(framework["netcoreapp".Length..]))
        : framework.StartsWith("net", StringComparison.Ordinal) && framework.Contains('.') ? (2, Version(framework[3..]))
        : (0, 0);

    private static double Version(string text) =>
        double.TryParse(text.Split('-')[0], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var version) ? version : 0;
}
