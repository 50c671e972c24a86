using Aims.Manifest.Screening;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Detection;

/// <summary>Whether a type is an AI SDK's own: declared by an assembly <see cref="SdkAssemblies"/> names, never a look-alike of the project.</summary>
internal static class SdkSymbols
{
    public static bool IsFromSdk(ITypeSymbol? type) =>
        type?.ContainingAssembly is { } assembly && SdkAssemblies.IsSdk(assembly.Identity.Name);

    public static bool IsSdkType(ITypeSymbol? type, string namespaceName) =>
        type?.ContainingNamespace?.ToDisplayString() == namespaceName && IsFromSdk(type);
}
