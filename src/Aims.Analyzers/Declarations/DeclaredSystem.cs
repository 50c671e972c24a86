using Aims.Analyzers.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Analyzers.Declarations;

/// <summary>An [AiSystem] written in source with a well-formed id, and the system it declares: what the system rules check.</summary>
internal sealed record DeclaredSystem(AiSystemNode System, AttributeUseModel Declaration)
{
    public string Id => System.Id;

    /// <summary>The risk tier this declaration states; unset or undefined is no assessment.</summary>
    public string Risk => Declaration.EnumMember("Risk", GovernanceEnums.AiRiskLevel);
}
