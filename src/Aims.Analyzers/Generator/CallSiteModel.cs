namespace Aims.Analyzers.Generator;

/// <summary>
/// A model call found in source: where, what it calls, its SDK and provider, and the system that covers it (null when
/// none does: an undeclared usage). <see cref="ContainerIds"/> are the documentation-comment ids of the calling member
/// and its types, so that calls inside members configured as model calls can be left out once the options are known.
/// </summary>
internal sealed record CallSiteModel(
    SourceLocation Location,
    string CallingMember,
    string CalledMember,
    string Sdk,
    string Provider,
    string Kind,
    string? CoveringSystemId,
    EquatableArray<string> ContainerIds);
