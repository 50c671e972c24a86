using Aims.Manifest.Vocabulary;

namespace Aims.Analyzers.Detection;

/// <summary>One tool handed to a model, as the code shows it (the values of a manifest's tool entry).</summary>
/// <param name="Name">The tool's name as the code gives it, or its method's; null where the code leaves it to run time.</param>
/// <param name="Implementation">The method or type the application runs for it; null for a lambda or a hosted tool.</param>
internal sealed record ToolExposure(
    string? Name,
    AiToolKind Kind,
    string? Implementation,
    AiToolEffect Effect,
    string? EffectBasis,
    bool ApprovalRequired)
{
    /// <summary>The tool as a message names it: "tool 'SendEmail'", else what it is.</summary>
    public string Described => AiToolKinds.Describe(Name, Implementation, Kind.ToString());
}
