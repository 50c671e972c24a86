using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Aims.Manifest.Screening;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Detection;

/// <summary>
/// Finds the catalogue's SDK types in the referenced assemblies named as AI SDKs (<see cref="SdkAssemblies"/>) only:
/// no other assembly holds an SDK type, and asking the compilation would search every reference for each of the
/// catalogue's rows (a cost every AI project pays once per compile).
/// </summary>
internal static class SdkTypeLookup
{
    private static readonly ConditionalWeakTable<Compilation, StrongBox<ImmutableArray<IAssemblySymbol>>> SdkAssembliesOf = new();

    public static IEnumerable<INamedTypeSymbol> Find(Compilation compilation, string metadataName)
    {
        foreach (var assembly in ReferencedSdks(compilation))
        {
            if (assembly.GetTypeByMetadataName(metadataName) is { } type)
            {
                yield return type;
            }
        }
    }

    private static ImmutableArray<IAssemblySymbol> ReferencedSdks(Compilation compilation) =>
        SdkAssembliesOf.GetValue(compilation, c => new StrongBox<ImmutableArray<IAssemblySymbol>>(
            c.SourceModule.ReferencedAssemblySymbols.Where(assembly => SdkAssemblies.IsSdk(assembly.Identity.Name)).ToImmutableArray())).Value;
}
