using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Aims.Manifest.Screening;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Detection;

/// <summary>
/// Finds the catalogue's SDK types in the referenced assemblies named as AI SDKs (<see cref="SdkAssemblies"/>) only:
/// no other assembly holds an SDK type, and asking the compilation would search every reference for each of the
/// catalogue's rows (a cost every AI project pays once per compile).
/// </summary>
internal sealed class SdkTypeLookup
{
    private readonly ImmutableArray<IAssemblySymbol> _sdkAssemblies;

    public SdkTypeLookup(Compilation compilation)
    {
        _sdkAssemblies = compilation.SourceModule.ReferencedAssemblySymbols
            .Where(assembly => SdkAssemblies.IsSdk(assembly.Identity.Name))
            .ToImmutableArray();
    }

    public IEnumerable<INamedTypeSymbol> Find(string metadataName)
    {
        foreach (var assembly in _sdkAssemblies)
        {
            if (assembly.GetTypeByMetadataName(metadataName) is { } type)
            {
                yield return type;
            }
        }
    }
}
