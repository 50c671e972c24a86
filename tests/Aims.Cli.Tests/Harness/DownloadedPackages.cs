using System.Reflection;

namespace Aims.Cli.Tests.Harness;

/// <summary>The .nupkg files of the packages the test project downloads (PackageDownload), in the packages folder.</summary>
public static class DownloadedPackages
{
    private static readonly Dictionary<string, string> Metadata = typeof(DownloadedPackages).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .ToDictionary(attribute => attribute.Key, attribute => attribute.Value ?? string.Empty, StringComparer.Ordinal);

    public static string PathOf(string id)
    {
        var version = Metadata.TryGetValue("PackageDownload:" + id, out var range) ? range.Trim('[', ']')
            : throw new InvalidOperationException($"The test project downloads no {id}; see Aims.Cli.Tests.csproj.");
        var path = Path.Combine(Metadata["NuGetPackageRoot"], id.ToLowerInvariant(), version, $"{id.ToLowerInvariant()}.{version}.nupkg");
        return File.Exists(path) ? path : throw new InvalidOperationException($"{id} {version} is not in the packages folder ({path}); restore the test project.");
    }
}
