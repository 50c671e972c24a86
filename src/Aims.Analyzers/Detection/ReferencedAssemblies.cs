using System;
using System.Linq;
using Aims.Analyzers.Declarations;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Detection;

/// <summary>
/// What a compilation's references are, read without binding the compilation: whether one is an AI SDK, by the file
/// names of <see cref="SdkAssemblies"/>, and whether one was compiled against Aims.Annotations (so it
/// may declare systems or [AiModelCall] members), from its metadata header. Framework reference packs are never read: no
/// framework assembly uses Aims.Annotations. The generator asks this first, so that a project without AI never makes it
/// load or bind anything the compiler has not; a reference it cannot read counts as both.
/// </summary>
internal sealed record ReferencedAssemblies(bool AnyAiSdk, bool AnyUsingAimsAttributes)
{
    private static readonly string[] FrameworkPackFolders =
    [
        "/microsoft.netcore.app.ref/", "/microsoft.aspnetcore.app.ref/", "/microsoft.windowsdesktop.app.ref/",
        "/netstandard.library.ref/", "/netstandard.library/", "/.netframework/",
    ];

    public static ReferencedAssemblies Read(Compilation compilation)
    {
        var anySdk = false;
        var anyAims = false;
        // The references as given: Compilation.References would bind them (#r directives only exist in scripts).
        foreach (var reference in compilation.ExternalReferences)
        {
            var (name, path) = reference switch
            {
                CompilationReference compilationReference => (compilationReference.Compilation.AssemblyName, null),
                PortableExecutableReference { FilePath: { } file } => (System.IO.Path.GetFileNameWithoutExtension(file), file),
                _ => (null, null),
            };

            anySdk |= name is null || SdkAssemblies.IsSdk(name);
            anyAims |= name != AimsAttributeNames.AnnotationsAssembly && !IsFrameworkPack(path) && MayUseAimsAttributes(reference);
        }

        return new ReferencedAssemblies(anySdk, anyAims);
    }

    private static bool IsFrameworkPack(string? path)
    {
        var normalized = path?.Replace('\\', '/');
        return normalized is not null && FrameworkPackFolders.Any(folder => normalized.IndexOf(folder, StringComparison.OrdinalIgnoreCase) >= 0);
    }

    private static bool MayUseAimsAttributes(MetadataReference reference)
    {
        try
        {
            if (reference is PortableExecutableReference executable &&
                executable.GetMetadata() is AssemblyMetadata assembly &&
                assembly.GetModules() is { Length: > 0 } modules)
            {
                var metadata = modules[0].GetMetadataReader();
                return metadata.AssemblyReferences.Any(handle => metadata.StringComparer.Equals(metadata.GetAssemblyReference(handle).Name, AimsAttributeNames.AnnotationsAssembly));
            }
        }
        catch (BadImageFormatException)
        {
            // An unreadable reference could be anything: the caller binds and looks.
        }

        return true;
    }
}
