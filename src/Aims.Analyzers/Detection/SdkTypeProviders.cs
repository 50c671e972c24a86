using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Detection;

/// <summary>The provider of each type's SDK, cached per compilation: operation actions ask for every call they see.</summary>
internal sealed class SdkTypeProviders
{
    private readonly ConcurrentDictionary<INamedTypeSymbol, ModelProvider?> _providers = new(SymbolEqualityComparer.Default);

    public ModelProvider? Of(INamedTypeSymbol type) => _providers.GetOrAdd(type.OriginalDefinition, ModelProviders.OfSdkType);
}
