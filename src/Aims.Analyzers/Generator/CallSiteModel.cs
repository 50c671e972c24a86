namespace Aims.Analyzers.Generator;

/// <summary>
/// A model call found in source: where, what it calls, its SDK and provider, the model id when a constant names it on
/// the receiver's creation, and the system that covers it (null when none does: an undeclared usage).
/// </summary>
internal sealed record CallSiteModel(
    SourceLocation Location,
    string CallingMember,
    string CalledMember,
    string Sdk,
    string Provider,
    string Kind,
    string? CoveringSystemId);
