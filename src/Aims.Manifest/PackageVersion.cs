using System.Reflection;

namespace Aims.Manifest;

/// <summary>The package version a manifest names as its generator: the generator and the MSBuild task are built with the same one.</summary>
internal static class PackageVersion
{
    public static string Of(Assembly assembly)
    {
        var version = assembly.GetName().Version;
        return version is null ? "0.0.0" : $"{version.Major}.{version.Minor}.{version.Build}";
    }
}
