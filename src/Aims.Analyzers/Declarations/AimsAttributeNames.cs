using System.Linq;
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
    public const string HumanOversight = "HumanOversightAttribute";
    public const string DataSource = "DataSourceAttribute";
    public const string AiModel = "AiModelAttribute";
    public const string AiDisclosure = "AiDisclosureAttribute";
    public const string AiEventLogging = "AiEventLoggingAttribute";
    public const string AiEvaluation = "AiEvaluationAttribute";
    public const string AiRisk = "AiRiskAttribute";
    public const string AiManagementSystem = "AiManagementSystemAttribute";
    public const string AiControlApplicability = "AiControlApplicabilityAttribute";

    public const string AiSystemMetadataName = Namespace + "." + AiSystem;

    public const string AiModelCallMetadataName = Namespace + "." + AiModelCall;

    public static bool Is(AttributeData attribute, string name) => NameOf(attribute) == name;

    /// <summary>The name of an Aims attribute (for example "AiSystemAttribute"), or null for any other attribute.</summary>
    public static string? NameOf(AttributeData attribute) =>
        attribute.AttributeClass is { ContainingType: null, ContainingNamespace: { Name: Namespace } ns } type &&
        ns.ContainingNamespace is { IsGlobalNamespace: true }
            ? type.Name
            : null;

    /// <summary>Whether an assembly was compiled against Aims.Annotations, and so may carry Aims attributes.</summary>
    public static bool IsReferencedBy(IAssemblySymbol assembly) =>
        assembly.Modules.Any(module => module.ReferencedAssemblies.Any(identity => identity.Name == AnnotationsAssembly));

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
