using System.Collections.Generic;

namespace Aims.Manifest.Binary;

/// <summary>What the IL and metadata of one assembly show of its AI calls.</summary>
/// <param name="SourceLinesKnown">Whether a portable PDB gave each call its file and line.</param>
/// <param name="EmbeddedManifest">The declarations the Aims generator embedded when the assembly was built with Aims; else null.</param>
/// <param name="IsReferenceAssembly">A reference assembly (obj/ref/, a package's ref/ folder): it has no method bodies to scan.</param>
/// <param name="UnreadableMethods">Method bodies that are not valid IL, passed over.</param>
/// <param name="DeclaredSystemIds">The ids of the [AiSystem] attributes in the assembly's metadata.</param>
internal sealed record AssemblyScan(
    string AssemblyName,
    string AssemblyVersion,
    IReadOnlyList<BinaryCall> Calls,
    bool SourceLinesKnown,
    string? EmbeddedManifest,
    bool IsReferenceAssembly,
    int UnreadableMethods,
    IReadOnlyList<string> DeclaredSystemIds);
