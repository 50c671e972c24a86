using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Generator;

/// <summary>
/// What the generated source needs to know of the compilation besides its declarations: the assembly's identity, and
/// whether a global type named System hides the System namespace (then generated code names no System type).
/// </summary>
internal sealed record AssemblyFacts(string Name, string Version, bool SystemIsShadowed, bool HasManifestAttribute)
{
    public const string ManifestAttributeMetadataName = "Aims.AimsManifestAttribute";

    public static AssemblyFacts Read(Compilation compilation) => new(
        compilation.AssemblyName ?? string.Empty,
        compilation.Assembly.Identity.Version.ToString(),
        IsSystemShadowed(compilation),
        compilation.GetTypeByMetadataName(ManifestAttributeMetadataName) is not null);

    public static bool IsSystemShadowed(Compilation compilation) => !compilation.Assembly.GlobalNamespace.GetTypeMembers("System").IsEmpty;
}
