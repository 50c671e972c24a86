using System;
using System.Linq;
using System.Reflection.Metadata;
using Aims.Manifest.Vocabulary;

namespace Aims.Manifest.Screening;

/// <summary>
/// What the metadata of a referenced assembly says about Aims, read from its tables without loading it: whether it was
/// compiled against Aims.Annotations, so that it may carry declarations or [AiModelCall] members. Framework reference
/// packs are never read: no framework assembly is.
/// </summary>
internal static class ReferenceMetadata
{
    private static readonly string[] FrameworkPackFolders =
    {
        "/microsoft.netcore.app.ref/", "/microsoft.aspnetcore.app.ref/", "/microsoft.windowsdesktop.app.ref/",
        "/netstandard.library.ref/", "/netstandard.library/", "/.netframework/",
    };

    public static bool IsFrameworkPack(string? path)
    {
        var normalized = path?.Replace('\\', '/');
        return normalized is not null && FrameworkPackFolders.Any(folder => normalized.IndexOf(folder, StringComparison.OrdinalIgnoreCase) >= 0);
    }

    public static bool ReferencesAnnotations(MetadataReader metadata) =>
        metadata.AssemblyReferences.Any(handle => metadata.StringComparer.Equals(metadata.GetAssemblyReference(handle).Name, AimsAttributeNames.AnnotationsAssembly));
}
