using System;
using System.Collections.Generic;

namespace Aims.Analyzers.Declarations;

/// <summary>
/// The kind of every argument of every Aims attribute, by property name (constructor parameters match their property
/// case-insensitively). Validation and the manifest read this table, so a new attribute property is one row.
/// </summary>
internal static class GovernanceAttributeSchema
{
    private static readonly Dictionary<string, Dictionary<string, GovernanceValueKind>> Kinds = new(StringComparer.Ordinal)
    {
        [AimsAttributeNames.AiSystem] = Members(
            ("Id", GovernanceValueKind.Id), ("Name", GovernanceValueKind.Text), ("Purpose", GovernanceValueKind.Text),
            ("Owner", GovernanceValueKind.Text), ("ImpactAssessment", GovernanceValueKind.Text)),
        [AimsAttributeNames.PartOfAiSystem] = Members(("SystemId", GovernanceValueKind.Id)),
        [AimsAttributeNames.HumanOversight] = Members(("Reviewer", GovernanceValueKind.Text)),
        [AimsAttributeNames.DataSource] = Members(("Name", GovernanceValueKind.Id), ("LawfulBasis", GovernanceValueKind.Text)),
        [AimsAttributeNames.AiModel] = Members(
            ("Provider", GovernanceValueKind.Text), ("ModelId", GovernanceValueKind.Text), ("Version", GovernanceValueKind.Text),
            ("SupplierAgreement", GovernanceValueKind.Text), ("ModelCardUri", GovernanceValueKind.Uri)),
        [AimsAttributeNames.AiDisclosure] = Members(("Text", GovernanceValueKind.Text), ("Mechanism", GovernanceValueKind.Text)),
        [AimsAttributeNames.AiEventLogging] = Members(("Events", GovernanceValueKind.Text), ("RetentionDays", GovernanceValueKind.NonNegativeInteger)),
        [AimsAttributeNames.AiEvaluation] = Members(
            ("Metric", GovernanceValueKind.Text), ("Dataset", GovernanceValueKind.Text), ("TestReference", GovernanceValueKind.Text),
            ("Date", GovernanceValueKind.Date)),
        [AimsAttributeNames.AiRisk] = Members(
            ("Id", GovernanceValueKind.Id), ("Description", GovernanceValueKind.Text), ("ResidualRiskAcceptedBy", GovernanceValueKind.Text),
            ("Controls", GovernanceValueKind.ControlIds), ("ReviewDate", GovernanceValueKind.Date)),
        [AimsAttributeNames.AiManagementSystem] = Members(
            ("Organization", GovernanceValueKind.Text), ("Scope", GovernanceValueKind.Text), ("PolicyReference", GovernanceValueKind.Text),
            ("PolicyUri", GovernanceValueKind.Uri), ("IncidentContact", GovernanceValueKind.Text)),
        [AimsAttributeNames.AiControlApplicability] = Members(
            ("ControlId", GovernanceValueKind.ControlId), ("Justification", GovernanceValueKind.Text), ("Evidence", GovernanceValueKind.Text)),
    };

    public static bool IsGovernanceAttribute(string attributeName) => Kinds.ContainsKey(attributeName);

    public static GovernanceValueKind KindOf(string attributeName, string memberName) =>
        Kinds.TryGetValue(attributeName, out var members) && members.TryGetValue(memberName, out var kind) ? kind : GovernanceValueKind.Other;

    private static Dictionary<string, GovernanceValueKind> Members(params (string Name, GovernanceValueKind Kind)[] members)
    {
        var result = new Dictionary<string, GovernanceValueKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, kind) in members)
        {
            result.Add(name, kind);
        }

        return result;
    }
}
