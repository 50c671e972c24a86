using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Declarations;

/// <summary>The metadata names of the Aims attributes, matched by name so that a copy compiled from source counts too.</summary>
internal static class AimsAttributeNames
{
    public const string Namespace = "Aims";
    public const string AnnotationsAssembly = "Aims.Annotations";

    public const string AiSystem = "AiSystemAttribute";
    public const string PartOfAiSystem = "PartOfAiSystemAttribute";
    public const string AiModelCall = "AiModelCallAttribute";

    public const string AiModelCallMetadataName = Namespace + "." + AiModelCall;

    public static bool Is(AttributeData attribute, string name) =>
        attribute.AttributeClass is { } type &&
        type.Name == name &&
        type.ContainingType is null &&
        type.ContainingNamespace is { Name: Namespace } ns &&
        ns.ContainingNamespace is { IsGlobalNamespace: true };

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
