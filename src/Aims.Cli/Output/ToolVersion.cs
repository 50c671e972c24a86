using System.Reflection;

namespace Aims.Cli.Output;

/// <summary>The tool's own name and version, as written into merged inventories and bills of materials.</summary>
internal static class ToolVersion
{
    public const string Name = "Aims.Cli";

    /// <summary>The package version without the source-revision suffix the SDK appends ("0.1.0", not "0.1.0+4f2a9c1").</summary>
    public static string Version { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var informational = typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+', System.StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
