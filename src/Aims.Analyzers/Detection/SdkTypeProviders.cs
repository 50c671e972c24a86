using System.Collections.Concurrent;
using Aims.Manifest.Catalog;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Detection;

/// <summary>
/// Which AI SDK each type belongs to, and its provider, cached per compilation: operation actions ask for every call and
/// assignment they see.
/// </summary>
internal sealed class SdkTypeProviders
{
    private readonly ConcurrentDictionary<INamedTypeSymbol, SdkTypeInfo> _types = new(SymbolEqualityComparer.Default);

    /// <summary>The SDK facts of a type: not an SDK type, a provider-neutral SDK type (provider null), or a provider's.</summary>
    public SdkTypeInfo Of(INamedTypeSymbol type) =>
        _types.GetOrAdd(type.OriginalDefinition, t => new SdkTypeInfo(
            ModelProviders.IsAiSdkType(t.ContainingNamespace?.ToDisplayString(), t.ContainingAssembly?.Name),
            ModelProviders.OfSdkType(t.ContainingNamespace?.ToDisplayString(), t.ContainingAssembly?.Name)));
}
