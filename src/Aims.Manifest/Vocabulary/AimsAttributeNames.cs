namespace Aims.Manifest.Vocabulary;

/// <summary>The type names of the Aims attributes in Aims.Annotations, matched by name so that a copy compiled from source counts too.</summary>
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

    /// <summary>Every governance attribute, [AiModelCall] included.</summary>
    public static System.Collections.Generic.IReadOnlyList<string> All { get; } = new[]
    {
        AiSystem, PartOfAiSystem, AiModelCall, HumanOversight, DataSource, AiModel, AiDisclosure, AiEventLogging, AiEvaluation,
        AiRisk, AiManagementSystem, AiControlApplicability,
    };
}
