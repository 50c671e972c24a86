using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Aims.Manifest;
using Aims.Manifest.Binary;
using Aims.Manifest.Model;
using Aims.Manifest.Screening;
using Aims.Manifest.Vocabulary;

namespace Aims.Build.Tasks;

/// <summary>
/// The dependencies of a project that call AI, from the IL of the implementation assemblies it runs with: each scanned
/// once per content (<see cref="DependencyCache"/>), listed with its package or project, what it calls and the systems it
/// declares or supplies. An AI SDK of the catalogue is listed as the SDK, without its own workings and without being
/// scanned. An assembly that cannot be read as .NET (a native library) is passed over.
/// </summary>
internal static class DependencyInventory
{
    public static IReadOnlyList<DependencyEntry> Of(IEnumerable<DependencyReference> references, DependencyCache cache)
    {
        var entries = new List<DependencyEntry>();
        foreach (var reference in references.GroupBy(r => r.Path, StringComparer.Ordinal).Select(g => g.First()).OrderBy(r => r.Path, StringComparer.Ordinal))
        {
            if (!File.Exists(reference.Path))
            {
                continue;
            }

            var supplierOf = reference.SupplierOf.OrderBy(id => id, StringComparer.Ordinal).ToList();
            var fileName = Path.GetFileNameWithoutExtension(reference.Path);
            if (SdkAssemblies.IsSdk(fileName))
            {
                entries.Add(new DependencyEntry(null, reference.Name, reference.Version, reference.Origin, fileName, true, false, supplierOf, [], []));
                continue;
            }

            var scan = cache.Get(reference.Path, () => Scan(reference.Path));
            if (scan.Calls.Count > 0 || scan.DeclaredSystems.Count > 0)
            {
                entries.Add(new DependencyEntry(null, reference.Name, reference.Version, reference.Origin, scan.AssemblyName, false, reference.ViaAiSdk, supplierOf, scan.DeclaredSystems, scan.Calls));
            }
        }

        return entries
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .ThenBy(e => e.AssemblyName, StringComparer.Ordinal)
            .ToList();
    }

    private static ScannedDependency Scan(string path)
    {
        AssemblyScan scan;
        try
        {
            using var image = new MemoryStream(File.ReadAllBytes(path), writable: false);
            scan = AssemblyScanner.Scan(image, null);
        }
        catch (ManifestReadException)
        {
            // Not a .NET assembly (a native library): nothing the inventory can use.
            return new ScannedDependency(Path.GetFileNameWithoutExtension(path), [], []);
        }

        return new ScannedDependency(scan.AssemblyName, DependencyCalls.Of(scan.Calls), DeclaredSystems(scan));
    }

    /// <summary>The systems a dependency built with Aims declares itself; none where its embedded manifest is of another schema.</summary>
    private static IReadOnlyList<string> DeclaredSystems(AssemblyScan scan)
    {
        try
        {
            return scan.EmbeddedManifest is { } json
                ? ManifestReader.Read(json).Systems.Where(s => s.DeclaredIn == scan.AssemblyName).Select(s => s.Id).ToList()
                : [];
        }
        catch (ManifestReadException)
        {
            return [];
        }
    }
}
