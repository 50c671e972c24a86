using System.Collections.Immutable;
using System.Linq;

namespace Aims.Analyzers.Declarations;

/// <summary>The governance facts of one AI system: the fact attributes of its declaration and of all its pieces.</summary>
internal sealed class SystemFacts
{
    public static readonly SystemFacts Empty = new(ImmutableArray<AimsAttributeUse>.Empty);

    private static readonly ImmutableHashSet<string> FactAttributes = ImmutableHashSet.Create(
        AimsAttributeNames.HumanOversight,
        AimsAttributeNames.DataSource,
        AimsAttributeNames.AiModel,
        AimsAttributeNames.AiDisclosure,
        AimsAttributeNames.AiEventLogging,
        AimsAttributeNames.AiEvaluation,
        AimsAttributeNames.AiRisk);

    public SystemFacts(ImmutableArray<AimsAttributeUse> uses) => Uses = uses;

    public ImmutableArray<AimsAttributeUse> Uses { get; }

    public static bool IsFact(string attributeName) => FactAttributes.Contains(attributeName);

    public bool Has(string attributeName) => Uses.Any(use => use.Name == attributeName);
}
