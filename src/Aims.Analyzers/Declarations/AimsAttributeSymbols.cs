using System.Linq;
using Aims.Manifest.Vocabulary;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Declarations;

/// <summary>The Aims attributes among a symbol's attributes and an assembly's references, matched by name (<see cref="AimsAttributeNames"/>).</summary>
internal static class AimsAttributeSymbols
{
    public static bool Is(AttributeData attribute, string name) => NameOf(attribute) == name;

    /// <summary>The name of an Aims attribute (for example "AiSystemAttribute"), or null for any other attribute.</summary>
    public static string? NameOf(AttributeData attribute) =>
        attribute.AttributeClass is { ContainingType: null, ContainingNamespace: { Name: AimsAttributeNames.Namespace } ns } type &&
        ns.ContainingNamespace is { IsGlobalNamespace: true }
            ? type.Name
            : null;

    /// <summary>Whether an assembly was compiled against Aims.Annotations, and so may carry Aims attributes.</summary>
    public static bool IsReferencedBy(IAssemblySymbol assembly) =>
        assembly.Modules.Any(module => module.ReferencedAssemblies.Any(identity => identity.Name == AimsAttributeNames.AnnotationsAssembly));

    public static bool Has(ISymbol symbol, string name)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (Is(attribute, name))
            {
                return true;
            }
        }

        return false;
    }
}
