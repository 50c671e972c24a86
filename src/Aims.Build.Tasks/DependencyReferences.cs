using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Aims.Manifest.Vocabulary;
using Microsoft.Build.Framework;

namespace Aims.Build.Tasks;

/// <summary>
/// The dependency assemblies of a build, each with where it comes from: ReferenceCopyLocalPaths items carry the package
/// (NuGetPackageId, NuGetPackageVersion) or the project (MSBuildSourceProjectFile) they come from; the project file's
/// PackageReference and ProjectReference items carry AimsSupplierOf. Only assemblies (.dll, .exe) count.
/// </summary>
internal static class DependencyReferences
{
    public const string SupplierOfMetadata = "AimsSupplierOf";

    public static IEnumerable<DependencyReference> From(ITaskItem[] dependencies, ITaskItem[] packageReferences, ITaskItem[] projectReferences, ISet<string> broughtByAiSdks)
    {
        var packages = packageReferences.GroupBy(p => p.ItemSpec, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => SupplierOf(g.First()), StringComparer.OrdinalIgnoreCase);
        var projects = projectReferences.GroupBy(p => Normalized(p.GetMetadata("FullPath")), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => SupplierOf(g.First()), StringComparer.OrdinalIgnoreCase);
        foreach (var item in dependencies)
        {
            var path = item.GetMetadata("FullPath");
            var extension = Path.GetExtension(path);
            if (!string.Equals(extension, ".dll", StringComparison.OrdinalIgnoreCase) && !string.Equals(extension, ".exe", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var package = item.GetMetadata("NuGetPackageId");
            var project = item.GetMetadata("MSBuildSourceProjectFile");
            if (package.Length > 0)
            {
                yield return new DependencyReference(path, package, NullIfEmpty(item.GetMetadata("NuGetPackageVersion")), DependencyOrigin.Package,
                    broughtByAiSdks.Contains(package), packages.TryGetValue(package, out var supplies) ? supplies : SupplierOf(item));
            }
            else if (project.Length > 0)
            {
                yield return new DependencyReference(path, Path.GetFileNameWithoutExtension(project), null, DependencyOrigin.Project, false,
                    projects.TryGetValue(Normalized(project), out var supplies) ? supplies : SupplierOf(item));
            }
            else
            {
                yield return new DependencyReference(path, Path.GetFileName(path), null, DependencyOrigin.File, false, SupplierOf(item));
            }
        }
    }

    private static string[] SupplierOf(ITaskItem item) =>
        item.GetMetadata(SupplierOfMetadata).Split([';', ','], StringSplitOptions.RemoveEmptyEntries).Select(id => id.Trim()).Where(id => id.Length > 0).ToArray();

    private static string Normalized(string path) => path.Length == 0 ? path : Path.GetFullPath(path);

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
