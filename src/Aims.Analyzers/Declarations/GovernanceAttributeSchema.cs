using System.Collections.Immutable;
using System.Linq;
using Aims.Manifest.Vocabulary;

namespace Aims.Analyzers.Declarations;

/// <summary>
/// The one schema of the governance attributes: every member, the kind of value it holds, its manifest field and its
/// meaning when unset. AIMS007 validates by it, the manifest writes by it and docs/attributes.md is rendered from it;
/// a reflection test keeps it equal to the public properties of Aims.Annotations.
/// </summary>
internal static class GovernanceAttributeSchema
{
    public static readonly GovernanceAttribute AiSystem = new(
        AimsAttributeNames.AiSystem, "systems",
        new("Id", GovernanceValueKind.Id, "id"),
        new("Name", GovernanceValueKind.Text, "name"),
        new("Purpose", GovernanceValueKind.Text, "purpose"),
        new("Owner", GovernanceValueKind.Text, "owner"),
        new("Risk", GovernanceValueKind.Enum, "risk", GovernanceEnums.AiRiskLevel, UnsetValue.UnsetMember),
        new("Lifecycle", GovernanceValueKind.Enum, "lifecycleStage", GovernanceEnums.AiLifecycleStage),
        new("ServesPeopleDirectly", GovernanceValueKind.Boolean, "servesPeopleDirectly", WhenUnset: UnsetValue.True),
        new("ImpactAssessment", GovernanceValueKind.Text, "impactAssessment"));

    /// <summary>A piece is listed, by location, under the system its id names.</summary>
    public static readonly GovernanceAttribute PartOfAiSystem = new(
        AimsAttributeNames.PartOfAiSystem, "pieces",
        new GovernanceMember("SystemId", GovernanceValueKind.Id, JsonName: null));

    public static readonly GovernanceAttribute HumanOversight = new(
        AimsAttributeNames.HumanOversight, "humanOversight",
        new("Mode", GovernanceValueKind.Enum, "mode", GovernanceEnums.OversightMode),
        new("Reviewer", GovernanceValueKind.Text, "reviewer"));

    public static readonly GovernanceAttribute DataSource = new(
        AimsAttributeNames.DataSource, "dataSources",
        new("Name", GovernanceValueKind.Id, "name"),
        new("Usage", GovernanceValueKind.Enum, "usage", GovernanceEnums.DataUsage),
        new("ContainsPersonalData", GovernanceValueKind.Boolean, "containsPersonalData"),
        new("LawfulBasis", GovernanceValueKind.Text, "lawfulBasis"));

    public static readonly GovernanceAttribute AiModel = new(
        AimsAttributeNames.AiModel, "models",
        new("Provider", GovernanceValueKind.Text, "provider"),
        new("ModelId", GovernanceValueKind.Text, "modelId"),
        new("Version", GovernanceValueKind.Text, "version"),
        new("Hosting", GovernanceValueKind.Enum, "hosting", GovernanceEnums.AiModelHosting),
        new("SupplierAgreement", GovernanceValueKind.Text, "supplierAgreement"),
        new("ModelCardUri", GovernanceValueKind.Uri, "modelCardUri"));

    public static readonly GovernanceAttribute AiDisclosure = new(
        AimsAttributeNames.AiDisclosure, "disclosures",
        new("Kind", GovernanceValueKind.Enum, "kind", GovernanceEnums.AiDisclosureKind),
        new("Text", GovernanceValueKind.Text, "text"),
        new("Mechanism", GovernanceValueKind.Text, "mechanism"));

    public static readonly GovernanceAttribute AiEventLogging = new(
        AimsAttributeNames.AiEventLogging, "eventLogging",
        new("Events", GovernanceValueKind.Text, "events"),
        new("RetentionDays", GovernanceValueKind.NonNegativeInteger, "retentionDays"));

    public static readonly GovernanceAttribute AiEvaluation = new(
        AimsAttributeNames.AiEvaluation, "evaluations",
        new("Metric", GovernanceValueKind.Text, "metric"),
        new("Threshold", GovernanceValueKind.Number, "threshold"),
        new("Dataset", GovernanceValueKind.Text, "dataset"),
        new("TestReference", GovernanceValueKind.Text, "testReference"),
        new("Date", GovernanceValueKind.Date, "date"));

    public static readonly GovernanceAttribute AiRisk = new(
        AimsAttributeNames.AiRisk, "risks",
        new("Id", GovernanceValueKind.Id, "id"),
        new("Description", GovernanceValueKind.Text, "description"),
        new("Treatment", GovernanceValueKind.Enum, "treatment", GovernanceEnums.AiRiskTreatment),
        new("ResidualRiskAcceptedBy", GovernanceValueKind.Text, "residualRiskAcceptedBy"),
        new("Controls", GovernanceValueKind.ControlIds, "controls", WhenUnset: UnsetValue.EmptyArray),
        new("ReviewDate", GovernanceValueKind.Date, "reviewDate"));

    public static readonly GovernanceAttribute AiManagementSystem = new(
        AimsAttributeNames.AiManagementSystem, "managementSystem",
        new("Organization", GovernanceValueKind.Text, "organization"),
        new("Scope", GovernanceValueKind.Text, "scope"),
        new("PolicyReference", GovernanceValueKind.Text, "policyReference"),
        new("PolicyUri", GovernanceValueKind.Uri, "policyUri"),
        new("IncidentContact", GovernanceValueKind.Text, "incidentContact"));

    public static readonly GovernanceAttribute AiControlApplicability = new(
        AimsAttributeNames.AiControlApplicability, "statementOfApplicability",
        new("ControlId", GovernanceValueKind.ControlId, "controlId"),
        new("Applicable", GovernanceValueKind.Boolean, "applicable"),
        new("Justification", GovernanceValueKind.Text, "justification"),
        new("Evidence", GovernanceValueKind.Text, "evidence"));

    /// <summary>[AiModelCall] marks members; it has no values.</summary>
    public static readonly GovernanceAttribute AiModelCall = new(AimsAttributeNames.AiModelCall, "callSites");

    public static ImmutableArray<GovernanceAttribute> All { get; } = ImmutableArray.Create(
        AiSystem, PartOfAiSystem, HumanOversight, DataSource, AiModel, AiDisclosure, AiEventLogging, AiEvaluation, AiRisk,
        AiManagementSystem, AiControlApplicability, AiModelCall);

    /// <summary>The attributes whose uses are facts of the system declared or joined on the nearest enclosing symbol.</summary>
    public static ImmutableArray<GovernanceAttribute> Facts { get; } = ImmutableArray.Create(
        AiModel, DataSource, HumanOversight, AiDisclosure, AiEventLogging, AiEvaluation, AiRisk);

    private static readonly ImmutableDictionary<string, GovernanceAttribute> ByName = All.ToImmutableDictionary(a => a.Name, System.StringComparer.Ordinal);

    public static GovernanceAttribute? Find(string attributeName) => ByName.TryGetValue(attributeName, out var attribute) ? attribute : null;

    public static bool IsFact(string attributeName) => Facts.Any(fact => fact.Name == attributeName);
}
