using System;
using Aims.Manifest.Screening;
using Aims.Manifest.Vocabulary;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Detection;

/// <summary>
/// What a compilation's references are, read without binding the compilation: whether one was compiled against
/// Aims.Annotations (so it may declare systems or [AiModelCall] members), from its metadata header
/// (<see cref="ReferenceMetadata"/>), and whether one is an AI SDK, by the names of <see cref="SdkAssemblies"/>. A
/// reference whose name or metadata cannot be read counts as both.
/// </summary>
internal sealed record ReferencedAssemblies(bool AnyUsingAimsAttributes)
{
    public static ReferencedAssemblies Read(Compilation compilation)
    {
        var anyAims = false;
        // The references as given: Compilation.References would bind them (#r directives only exist in scripts).
        foreach (var reference in compilation.ExternalReferences)
        {
            var (name, path) = NameAndPath(reference);
            anyAims |= name != AimsAttributeNames.AnnotationsAssembly && !ReferenceMetadata.IsFrameworkPack(path) && MayUseAimsAttributes(reference);
        }

        return new ReferencedAssemblies(anyAims);
    }

    /// <summary>Whether any reference is an AI SDK assembly: only a type of one is an SDK type. Reads names only.</summary>
    public static bool ReferencesAiSdk(Compilation compilation)
    {
        foreach (var reference in compilation.ExternalReferences)
        {
            if (NameAndPath(reference).Name is not { } name || SdkAssemblies.IsSdk(name))
            {
                return true;
            }
        }

        return false;
    }

    private static (string? Name, string? Path) NameAndPath(MetadataReference reference) => reference switch
    {
        CompilationReference compilationReference => (compilationReference.Compilation.AssemblyName, null),
        PortableExecutableReference { FilePath: { } file } => (System.IO.Path.GetFileNameWithoutExtension(file), file),
        _ => (null, null),
    };

    private static bool MayUseAimsAttributes(MetadataReference reference)
    {
        try
        {
            if (reference is PortableExecutableReference executable &&
                executable.GetMetadata() is AssemblyMetadata assembly &&
                assembly.GetModules() is { Length: > 0 } modules)
            {
                return ReferenceMetadata.ReferencesAnnotations(modules[0].GetMetadataReader());
            }
        }
        catch (Exception exception) when (exception is BadImageFormatException or System.IO.IOException or NotSupportedException)
        {
            // An unreadable, missing or locked reference (GetMetadata's documented failures) could be anything: the
            // caller binds and looks.
        }

        return true;
    }
}
