namespace Aims.Manifest.Model;

/// <summary>
/// One tool the code hands to a model, where it does so: under the system that covers that code, or an undeclared
/// one. <see cref="Assembly"/> is set in merged inventories only.
/// </summary>
/// <param name="HandingMember">The member whose code hands the tool over (for an MCP server tool, the tool's method).</param>
/// <param name="Name">The tool's name as the code gives it; null where the code leaves it to run time.</param>
/// <param name="HandedBy">The SDK member, type or attribute that makes the tool.</param>
/// <param name="Implementation">The method or type the application runs for a function tool; null when not a named member.</param>
/// <param name="EffectBasis">What in the code shows the effect; null for an unknown effect.</param>
/// <param name="ApprovalRequired">True when the code makes each use wait for a person's approval; false when it shows none.</param>
internal sealed record ToolEntry(
    string? Assembly,
    string Path,
    int Line,
    string HandingMember,
    string? Name,
    string Kind,
    string Sdk,
    string HandedBy,
    string? Implementation,
    string Effect,
    string? EffectBasis,
    bool ApprovalRequired);
