using System.Collections.Generic;
using System.Linq;
using Aims.Manifest.Vocabulary;

namespace Aims.Manifest.Policy;

/// <summary>
/// The facts a policy can require of a system of a risk level: an attribute on the system or any of its pieces (named
/// without the Attribute suffix), or a text member of its [AiSystem] declaration.
/// </summary>
internal static class PolicyFacts
{
    public static IReadOnlyList<string> Attributes { get; } =
    [
        AimsAttributeNames.HumanOversight,
        AimsAttributeNames.DataSource,
        AimsAttributeNames.AiModel,
        AimsAttributeNames.AiDisclosure,
        AimsAttributeNames.AiEventLogging,
        AimsAttributeNames.AiEvaluation,
        AimsAttributeNames.AiRisk,
    ];

    public static IReadOnlyList<string> SystemMembers { get; } = ["Name", "Purpose", "Owner", "ImpactAssessment"];

    public static IEnumerable<string> All => Attributes.Select(FactName).Concat(SystemMembers);

    /// <summary>The attribute a fact names, or null when the fact is a member of [AiSystem].</summary>
    public static string? AttributeOf(string fact) => Attributes.FirstOrDefault(attribute => FactName(attribute) == fact);

    private static string FactName(string attribute) => attribute.Substring(0, attribute.Length - "Attribute".Length);
}
